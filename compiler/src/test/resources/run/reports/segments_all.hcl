# One request an iteration, to /SCENARIO (the VU executors' to /delay/100/SCENARIO, so that a VU
# makes at most ten a second): every executor at once, run whole and in segments. The
# arrival-rate scenarios may use as many VUs as they have iterations due (plus one for each of
# up to ten parts), so no part runs out of VUs and drops an iteration however slowly a cold JVM
# on a busy machine runs its first iterations.
variable "base_url" {
  type = string
}

locals {
  delayed = ["constant_vus", "ramping_vus"]
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

scenario "constant_vus" {
  executor   = "constant-vus"
  vus        = 4
  duration   = "1s"
}

scenario "ramping_vus" {
  executor   = "ramping-vus"
  start_vus  = 0
  stages     = [{ duration = "500ms", target = 6 }, { duration = "500ms", target = 6 }]
}

scenario "rate" {
  executor          = "constant-arrival-rate"
  rate              = 100
  time_unit         = "1s"
  duration          = "1s"
  pre_allocated_vus = 20
  max_vus           = 110
}

scenario "ramping_rate" {
  executor          = "ramping-arrival-rate"
  start_rate        = 20
  time_unit         = "1s"
  stages            = [{ duration = "500ms", target = 100 }, { duration = "500ms", target = 100 }]
  pre_allocated_vus = 20
  max_vus           = 90
}

resource "http_client" "shared" {
  scope = "run"
}

step "http_request" "hit" {
  uses { client = resource.http_client.shared }
  arguments {
    url = contains(local.delayed, scenario.name) ? "${var.base_url}/delay/100/${scenario.name}" : "${var.base_url}/${scenario.name}"
  }
}
