variable "port" {
  type    = number
  default = "eighty"
}

variable "mode" {
  type = strng
}

step "print" "a" {
  arguments { input = var.port }
}

# error: 3:13: Invalid value for variable
# error: 7:10: Invalid type specification
