variable "secret" {
  type      = string
  sensitive = true
}

locals {
  derived = "prefix-${var.secret}"
}

step "print" "plain" {
  arguments { input = var.secret }
}

step "print" "derived" {
  arguments { input = { d = local.derived, j = jsonencode({ s = var.secret }) } }
}

step "cmd" "echo" {
  arguments { command = ["sh", "-c", "echo out-$0; echo err-$0 >&2", var.secret] }
}

step "cmd" "fails" {
  depends_on = [step.cmd.echo]
  arguments { command = ["sh", "-c", "echo failing with $0 >&2; exit 3", "u=${var.secret}&x=1"] }
}

output "o" {
  value = local.derived
}
