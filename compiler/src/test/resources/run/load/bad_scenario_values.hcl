variable "vus" {
  type    = number
  default = 2
}

scenario "d" {
  executor = "shared-iterations"
  vus      = 0
  iterations = 10
  max_duration = "soon"
}

scenario "e" {
  executor = "ramping-vus"
  stages   = [{ duration = "10s" }]
}

scenario "f" {
  executor = "constant-vus"
  vus      = var.vus
  duration = "-3s"
}

step "print" "p" {
  arguments {
    input = 1
  }
}

scenario "g" {
  executor          = "constant-arrival-rate"
  rate              = 5
  duration          = "5s"
  pre_allocated_vus = 10
  max_vus           = 4
}
