# A group sized by a variable, read at an index its default does not reach: -var n=9 makes it exist.
variable "n" {
  type    = number
  default = 2
}

step "print" "p" {
  count = var.n
  arguments { input = count.index }
}

step "print" "fifth" {
  arguments { input = step.print.p[5].output.input }
}
