# The argument fails at run time: the variable decides whether tonumber("abc") is reached.
variable "strict" {
  type = bool
}

step "print" "parsed" {
  arguments {
    input = var.strict && tonumber("abc") > 1
  }
}
