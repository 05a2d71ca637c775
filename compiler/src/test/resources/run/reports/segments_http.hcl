# One request an iteration; each scenario is run alone (--scenario) and in segments.
variable "base_url" {
  type = string
}

scenario "shared" {
  executor   = "shared-iterations"
  vus        = 3
  iterations = 20
}

scenario "per_vu" {
  executor   = "per-vu-iterations"
  vus        = 4
  iterations = 3
}

scenario "rate" {
  executor          = "constant-arrival-rate"
  rate              = 40
  time_unit         = "1s"
  duration          = "1s"
  pre_allocated_vus = 4
  max_vus           = 20
}

resource "http_client" "shared" {}

step "http_request" "hit" {
  uses { client = resource.http_client.shared }
  arguments { url = "${var.base_url}/hit" }
}
