# The failure comes after the other step is in its delay: it is cancelled there, not skipped.
step "cmd" "fails" {
  arguments { command = ["sh", "-c", "sleep 1; exit 1"] }
}
step "print" "waits" {
  delay_before = "30s"
  arguments { input = "never" }
}
