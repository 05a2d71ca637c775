step "print" "a" {
  arguments {
    inptu = "x"
  }
}

# error: 2:3: Missing required argument
# error: 3:5: Unsupported argument
