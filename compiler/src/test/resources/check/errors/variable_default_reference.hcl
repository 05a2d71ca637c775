variable "port" {
  default = 80
}

variable "derived" {
  default = var.port
}

step "print" "a" {
  arguments { input = var.derived }
}

# error: 6:13: Variables not allowed
