step "cmd" "boom" {
  arguments { command = ["false"] }
}
