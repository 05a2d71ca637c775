step "print" "a" {
  count       = 2
  concurrency = 0
  on_failure  = "maybe"
  timout      = "5s"
  retry {
    delay = "1s"
  }
  arguments { input = "a" }
}
step "print" "b" {
  if = "yes"
  retry {
    attempts = 2
    backoff  = "exponentail"
  }
  timeout = "soon"
  arguments { input = "b" }
}
