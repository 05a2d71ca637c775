step "print" "other" {
  arguments { input = 2 }
}
