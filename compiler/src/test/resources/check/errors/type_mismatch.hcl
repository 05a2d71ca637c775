step "env_vars" "e" {
  arguments {
    prefix   = ["x"]
    defaults = { a = [1] }
    strip_prefix = "maybe"
  }
}

step "sleep" "s" {
  arguments {
    duration = "5 minutes"
  }
}

# error: 3:16: Incorrect argument type
# error: 4:16: Incorrect argument type
# error: 5:20: Incorrect argument type
# error: 11:16: Invalid duration
