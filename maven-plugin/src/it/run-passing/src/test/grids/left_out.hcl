step "cmd" "fails" {
  arguments { command = ["false"] }
}
