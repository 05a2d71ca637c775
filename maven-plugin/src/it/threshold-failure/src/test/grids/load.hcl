# Two iterations, each failing its check; a threshold no run of two iterations meets.
scenario "twice" {
  executor   = "shared-iterations"
  vus        = 1
  iterations = 2
}

step "print" "hello" {
  arguments { input = "hi" }
  check "says_bye" { condition = self.output == "bye" }
}

threshold "many_iterations" {
  condition = metric.iterations.count > 100
}
