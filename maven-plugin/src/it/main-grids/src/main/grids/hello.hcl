step "print" "hello" {
  arguments { input = "from main" }
}
