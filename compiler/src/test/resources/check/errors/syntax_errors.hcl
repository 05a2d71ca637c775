step "print" "a" {
  arguments { input = 1 + }
}

step "print" "b" {
  arguments {
    input = "unterminated
  }
}

step "print" "c" {
  arguments { input = [1, 2 }
}
