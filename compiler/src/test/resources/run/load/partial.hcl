# Two scenarios that each run part of the grid: a scenario's steps and what they need, no more.
scenario "browsers" {
  executor   = "shared-iterations"
  vus        = 2
  iterations = 3
  steps      = [step.print.browse]
}

scenario "buyers" {
  executor   = "per-vu-iterations"
  vus        = 1
  iterations = 2
  steps      = [step.print.buy]
}

resource "http_client" "unused_by_buyers" {}

locals {
  session = "session of ${step.print.login.output.input}"
}

step "print" "login" {
  arguments {
    input = "login ${scenario.name}"
  }
}

step "print" "browse" {
  arguments {
    input = "browse with ${local.session}"
  }
}

step "print" "buy" {
  arguments {
    input = "buy"
  }
}

step "print" "report" {
  depends_on = ["print.browse", "print.buy"]
  arguments {
    input = "report"
  }
}
