# Every contender fails (and the run goes on past each): the race step is skipped, the run exits 1.
step "cmd" "a" {
  on_failure = "continue"
  arguments { command = ["false"] }
}
step "cmd" "b" {
  on_failure = "continue"
  arguments { command = ["false"] }
}
step "print" "pick" {
  depends_on_any = [step.cmd.a, step.cmd.b]
  arguments { input = race.winner }
}
step "print" "independent" {
  arguments { input = "ran" }
}
