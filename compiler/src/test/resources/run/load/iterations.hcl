# Twenty iterations shared by four virtual users; each prints who ran it.
scenario "shared" {
  executor   = "shared-iterations"
  vus        = 4
  iterations = 20
}

step "print" "who" {
  arguments {
    input = "vu ${vu.id} iteration ${scenario.iteration}"
  }
  check "named" {
    condition = startswith(self.output.input, "vu ")
  }
}

threshold "all_checks_pass" {
  condition = metric.checks.rate == 1
}

threshold "fast" {
  condition = metric.step.print.who.duration.p95 < 10000
}
