step "print" "a" {
  arguments { inptu = 1 }
}
