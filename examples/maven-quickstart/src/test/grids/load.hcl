# A small load test: 40 iterations shared by 4 virtual users, gated by thresholds. A failed
# threshold fails the build with its name and measured value.
variable "base_url" {
  type = string
}

scenario "burst" {
  executor   = "shared-iterations"
  vus        = 4
  iterations = 40
}

resource "http_client" "user" {
  scope = "vu"
}

step "http_request" "item" {
  uses { client = resource.http_client.user }
  arguments { url = "${var.base_url}/delay/5" }
  check "ok" { condition = self.output.status_code == 200 }
}

threshold "p95_item" {
  condition = metric.step.http_request.item.http_req_duration.p95 < 2000
}

threshold "all_checks" {
  condition = metric.checks.rate == 1
}
