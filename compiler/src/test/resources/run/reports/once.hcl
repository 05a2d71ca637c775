# A grid that runs once: one step succeeds, one's if is false, one fails, one is skipped because of it.
step "print" "first" {
  arguments { input = "hello" }
}

step "cmd" "fails" {
  arguments { command = ["sh", "-c", "exit 3"] }
  depends_on = ["print.first", "print.never"]
}

step "print" "after" {
  arguments { input = step.cmd.fails.output.exit_code }
}

step "print" "never" {
  if = false
  arguments { input = "not printed" }
}
