# A group sized at run time: -var n=… decides how many instances run.
variable "n" {
  type = number
}

step "print" "many" {
  count = var.n
  arguments { input = count.index }
}
