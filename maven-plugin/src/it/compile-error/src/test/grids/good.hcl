step "print" "fine" {
  arguments { input = 1 }
}
