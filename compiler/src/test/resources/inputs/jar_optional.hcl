variable "svc" {
  type    = object({ host = string, port = optional(number, 80) })
  default = { host = "a" }
}

step "print" "p" {
  arguments { input = var.svc }
}
