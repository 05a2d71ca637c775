# Twelve iterations in all; run as segments, each part alone fails `all_twelve`, their merge passes.
scenario "twelve" {
  executor   = "shared-iterations"
  vus        = 3
  iterations = 12
}

step "sleep" "pause" {
  arguments {
    duration = "1ms"
  }
}

threshold "all_twelve" {
  condition = metric.iterations.count == 12
}

threshold "no_failures" {
  condition = metric.iteration_failed.rate == 0
}
