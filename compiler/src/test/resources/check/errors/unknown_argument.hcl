step "print" "a" {
  arguments {
    inptu = "x"
  }
}
