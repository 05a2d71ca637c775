step "sleep" "nap" {
  arguments {}
}

# error: 2:3: Missing required argument
