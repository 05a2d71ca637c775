scenario "a" {
  executor = "constant-vu"
  vus      = 2
}

scenario "b" {
  executor = "constant-vus"
  vus      = 2
  duraton  = "10s"
}

scenario "c" {
  executor = "ramping-arrival-rate"
  stages   = [{ duration = "10s", target = 5 }]
  rate     = 3
  pre_allocated_vus = 2
}

resource "http_client" "c" {
  scope = "per-user"
}

step "print" "p" {
  arguments {
    input = vu.name
  }
  check "c" {
    condition = self.output.nope
  }
}
