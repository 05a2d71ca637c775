# Two scenarios; bggo.scenario runs one of them.
scenario "first" {
  executor   = "shared-iterations"
  vus        = 1
  iterations = 3
}

scenario "second" {
  executor   = "per-vu-iterations"
  vus        = 2
  iterations = 2
}

step "print" "hello" {
  arguments { input = "${scenario.name} ${scenario.iteration}" }
}
