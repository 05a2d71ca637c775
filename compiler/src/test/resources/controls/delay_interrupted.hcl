step "cmd" "fails" {
  arguments { command = ["false"] }
}
step "print" "waits" {
  delay_before = "30s"
  arguments { input = "never" }
}
