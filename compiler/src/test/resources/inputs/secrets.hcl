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
  depends_on = [step.cmd.echo, step.print.marked]
  arguments { command = ["sh", "-c", "echo failing with $0 >&2; exit 3", "u=${var.secret}&x=1"] }
}

output "o" {
  value = local.derived
}

# A value marked at run time, which no variable holds: only its mark hides it.
step "cmd" "token" {
  arguments { command = ["sh", "-c", "printf RunTimeToken42"] }
}

locals {
  token   = sensitive(step.cmd.token.output.stdout)
  header  = "Bearer ${local.token}"
  parts   = { auth = local.header, user = "ann", n = nonsensitive(length(local.token)) }
  listed  = [for t in [local.token, "plain"] : upper(t)]
  encoded = jsonencode(local.parts)
  tpl     = "%{if true}t=${local.token}%{endif}"
}

step "print" "marked" {
  arguments { input = [local.parts, local.listed, local.encoded, local.tpl] }
}

output "parts" {
  value = local.parts
}
