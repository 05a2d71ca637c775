variable "port" {
  type    = number
  default = "eighty"
}

variable "mode" {
  type = strng
}

variable "derived" {
  default = var.port
}

step "print" "a" {
  arguments { input = var.port }
}
