variable "base_url" {
  type = string
}
variable "failures" {
  type    = number
  default = 2
}
step "http_request" "flaky" {
  retry {
    attempts = 3
    delay    = "100ms"
    backoff  = "exponential"
  }
  arguments {
    url            = "${var.base_url}/flaky/x/${var.failures}"
    fail_on_status = true
  }
}
step "print" "status" {
  arguments { input = step.http_request.flaky.output.status_code }
}
