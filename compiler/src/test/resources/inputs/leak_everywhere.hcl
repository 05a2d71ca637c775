# A sensitive variable in every place a value can surface; nothing bggo writes may show it.
variable "base" {
  type = string
}

# true: the request's 500 fails the run (an error line); false: the run ends and shows its outputs.
variable "fail" {
  type    = bool
  default = true
}

variable "secret" {
  type      = string
  sensitive = true
  default   = "Dflt-S3cret&Val"
}

locals {
  derived = "prefix-${var.secret}"
  encoded = jsonencode({ s = var.secret, list = [var.secret] })
  tpl     = "%{if var.secret != ""}has ${var.secret}%{endif}"
  b64     = base64encode(var.secret)
}

step "print" "all" {
  arguments { input = [var.secret, local.derived, local.encoded, local.tpl, local.b64] }
}

step "cmd" "argv" {
  arguments { command = ["sh", "-c", "echo out-$0; echo err-$0 >&2; echo $1 >&2", var.secret, local.b64] }
}

# The command's streams are no marked values, yet they hold the secret's text.
step "print" "streams" {
  arguments { input = [step.cmd.argv.output.stdout, step.cmd.argv.output.stderr] }
}

# The server answers 500 and echoes the path and the Authorization header in its body.
step "http_request" "leaky" {
  depends_on = [step.print.streams, step.print.all]
  arguments {
    url            = "${var.base}/echo/${var.secret}"
    headers        = { "X-Secret" = var.secret, Authorization = "Bearer ${var.secret}" }
    fail_on_status = var.fail
  }
}

step "print" "body" {
  arguments { input = step.http_request.leaky.output.body }
}

output "derived" {
  value = local.derived
}

output "encoded" {
  value = local.encoded
}
