variable "n" {
  type    = number
  default = 2
}

step "print" "p" {
  count = var.n
  arguments { input = count.index }
}
