# A race of processes: the quick one wins, the slow one is killed, and one that had not even
# started (it waits for the slow one) is skipped.
step "cmd" "quick" {
  arguments { command = ["echo", "quick"] }
}
step "cmd" "slow" {
  arguments { command = ["sleep", "30.417"] }
}
step "cmd" "after_slow" {
  depends_on = [step.cmd.slow]
  arguments { command = ["echo", "late"] }
}
step "print" "winner" {
  depends_on_any = ["cmd.slow", step.cmd.after_slow, step.cmd.quick]
  arguments { input = "${race.index} ${race.winner} ${trimspace(race.output.stdout)}" }
}
