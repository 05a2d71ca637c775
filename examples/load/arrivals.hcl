# An open model: 50 iterations a second for ten seconds, whatever the latency. An iteration
# that cannot start because all max_vus are busy is counted in dropped_iterations, and latency
# is measured from when the iteration was due, so a slow server cannot hide behind its queue.
#
#   ./bggoc serve --port 8080 &
#   ./bggoc run examples/load/arrivals.hcl
#   ./bggoc run examples/load/arrivals.hcl -var delay_ms=500     # slower than the rate allows

variable "base_url" {
  type    = string
  default = "http://127.0.0.1:8080"
}

variable "delay_ms" {
  type    = number
  default = 20
}

scenario "arrivals" {
  executor          = "constant-arrival-rate"
  rate              = 50
  time_unit         = "1s"
  duration          = "10s"
  pre_allocated_vus = 5
  max_vus           = 20
}

resource "http_client" "shared" {
  arguments {
    max_connections = 20
  }
}

step "http_request" "order" {
  uses = { client = resource.http_client.shared }
  arguments {
    url = "${var.base_url}/delay/${var.delay_ms}"
  }
}

threshold "none_dropped" {
  condition = metric.dropped_iterations.count == 0
}

threshold "p99" {
  condition = metric.iteration_duration.p99 < 1000
}
