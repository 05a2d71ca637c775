step "print" "hello" {
  arguments { input = "hi" }
  check "says_bye" {
    condition     = self.output == "bye"
    error_message = "expected bye"
  }
}
