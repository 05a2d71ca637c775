# A race into a group sized by a variable: its instances exist only at run time.
variable "n" {
  type    = number
  default = 2
}

step "print" "g" {
  count = var.n
  arguments { input = count.index }
}

step "print" "r" {
  depends_on_any = [step.print.g[0], step.print.g[1]]
  arguments { input = race.winner }
}
