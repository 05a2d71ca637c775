# Runs against the local target that bggo:serve starts in pre-integration-test; its address
# reaches the grid as base_url through ${bggo.serve.url} in the pom's <variables>.
variable "base_url" {
  type = string
}

resource "http_client" "api" {
  arguments { timeout = "5s" }
}

step "http_request" "health" {
  uses { client = resource.http_client.api }
  arguments { url = "${var.base_url}/json" }
  check "ok" { condition = self.output.status_code == 200 }
}

step "http_request" "slow" {
  count = 3
  uses { client = resource.http_client.api }
  arguments { url = "${var.base_url}/delay/${(count.index + 1) * 10}" }
  depends_on = [step.http_request.health]
}

step "print" "statuses" {
  arguments { input = step.http_request.slow[*].output.status_code }
}
