# Five iterations; the thresholds say how many there must be.
variable "pause" {
  type    = string
  default = "1ms"
}

scenario "five" {
  executor   = "per-vu-iterations"
  vus        = 1
  iterations = 5
}

step "sleep" "pause" {
  arguments {
    duration = var.pause
  }
}

threshold "enough_iterations" {
  condition = metric.iterations.count >= 100
}

threshold "no_failures" {
  condition = metric.iteration_failed.rate == 0
}
