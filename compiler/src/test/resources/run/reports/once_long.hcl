# Runs once and then waits a minute: for Ctrl-C.
step "print" "first" {
  arguments { input = "hello" }
}

step "sleep" "long" {
  arguments { duration = "60s" }
  depends_on = ["print.first"]
}
