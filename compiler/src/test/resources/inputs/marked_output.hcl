variable "token" {
  type      = string
  sensitive = true
}

locals {
  login = { user = "ann", auth = "Bearer ${var.token}" }
}

step "print" "login" {
  arguments { input = local.login }
}

output "login" {
  value = step.print.login.output.input
}

output "size" {
  value = nonsensitive(length(local.login.auth))
}
