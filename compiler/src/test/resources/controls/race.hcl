# The first of two servers to answer wins; the slower call is cancelled.
variable "fast_url" {
  type = string
}
variable "slow_url" {
  type = string
}
step "http_request" "fast" {
  arguments { url = var.fast_url }
}
step "http_request" "slow" {
  arguments { url = var.slow_url }
}
step "print" "pick" {
  depends_on_any = [step.http_request.fast, step.http_request.slow]
  arguments { input = "${race.winner}: ${race.output.body}" }
}
