# Ten virtual users browsing for ten seconds against the embedded target, each with its own
# HTTP client (scope = "vu": its own connections and cookies), two requests per iteration in
# parallel, a check on each, and thresholds that fail the run (exit 99) when they do not hold.
#
#   ./bggoc serve --port 8080 &
#   ./bggoc run examples/load/browse.hcl
#   ./bggoc run examples/load/browse.hcl --vus 50 --duration 30s     # the same grid, more load

variable "base_url" {
  type    = string
  default = "http://127.0.0.1:8080"
}

scenario "browse" {
  executor = "constant-vus"
  vus      = 10
  duration = "10s"
}

resource "http_client" "user" {
  scope = "vu"
  arguments {
    timeout = "5s"
  }
}

step "http_request" "home" {
  uses = { client = resource.http_client.user }
  arguments {
    url = "${var.base_url}/"
  }
  check "status_200" {
    condition = self.output.status_code == 200
  }
}

step "http_request" "catalog" {
  uses = { client = resource.http_client.user }
  arguments {
    url = "${var.base_url}/json"
  }
  check "status_200" {
    condition     = self.output.status_code == 200
    error_message = "got ${self.output.status_code}"
  }
}

threshold "fast_home" {
  condition = metric.step.http_request.home.http_req_duration.p95 < 500
}

threshold "no_errors" {
  condition = metric.http_req_failed.rate < 0.01
}

threshold "checks" {
  condition = metric.checks.rate > 0.99
}
