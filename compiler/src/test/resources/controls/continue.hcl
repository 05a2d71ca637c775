step "cmd" "bad" {
  on_failure = "continue"
  arguments { command = ["false"] }
}
step "print" "reads_bad" {
  arguments { input = step.cmd.bad.output.exit_code }
}
step "print" "after_reader" {
  arguments { input = step.print.reads_bad.output }
}
step "sleep" "independent" {
  arguments { duration = "1s" }
}
step "print" "after_independent" {
  arguments { input = "still ran" }
  depends_on = ["sleep.independent"]
}
