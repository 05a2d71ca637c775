step "print" "a" {
  arguments { input = 1 }
}
