# A grid of built-in runners only: three steps run in parallel, the last waits for all of them.
step "sleep" "warm_up" {
  count = 3
  arguments { duration = "${count.index * 10}ms" }
}

step "print" "ready" {
  arguments { input = "warmed up ${length(step.sleep.warm_up[*].output.duration)} times" }
}
