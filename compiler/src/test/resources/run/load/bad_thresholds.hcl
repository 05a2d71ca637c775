step "sleep" "pause" {
  arguments {
    duration = "1ms"
  }
}

threshold "typo" {
  condition = metric.iteration_durations.p95 < 200
}

threshold "field" {
  condition = metric.step.sleep.pause.duration.p96 < 200
}

threshold "nothing" {
  condition = true
}
