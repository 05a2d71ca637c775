step "print" "a" {
  arguments {
    input = 2
    input = 3
  }
}

# error: 4:5: Duplicate argument
