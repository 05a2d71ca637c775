# A token that no variable holds: the server hands it out, the grid marks it sensitive, and it
# then reaches a URL, a header, a command's argv and stderr. Which step fails is var.fail's choice.
variable "base" {
  type = string
}

variable "fail" {
  type = string
}

step "http_request" "login" {
  arguments { url = "${var.base}/login" }
}

locals {
  token = sensitive(step.http_request.login.output.json.token)
}

step "cmd" "argv" {
  arguments {
    command         = ["sh", "-c", "echo stderr-$0 >&2; exit 4", local.token]
    fail_on_nonzero = var.fail == "cmd"
  }
}

# The command's stderr is no marked value, yet it holds the token's text.
step "print" "stderr" {
  arguments { input = step.cmd.argv.output.stderr }
  check "token" {
    condition     = var.fail != "check"
    error_message = "the token was ${local.token}"
  }
}

# The server answers 500 and echoes the path and the Authorization header in its body.
step "http_request" "profile" {
  depends_on = [step.print.stderr]
  arguments {
    url            = "${var.base}/echo/${local.token}"
    headers        = { Authorization = "Bearer ${local.token}" }
    fail_on_status = var.fail == "http"
  }
}

step "print" "status" {
  arguments { input = step.http_request.profile.output.status_code }
}
