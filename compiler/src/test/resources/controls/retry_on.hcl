variable "base_url" {
  type = string
}
step "http_request" "until_ok" {
  retry {
    attempts = 4
    delay    = "20ms"
    on       = self.output.status_code >= 500
  }
  arguments { url = "${var.base_url}/flaky/on/2" }
}
step "cmd" "not_retried" {
  on_failure = "continue"
  retry {
    attempts = 5
    on       = strcontains(self.error, "timed out")
  }
  arguments { command = ["false"] }
}
step "print" "status" {
  arguments { input = step.http_request.until_ok.output.status_code }
}
