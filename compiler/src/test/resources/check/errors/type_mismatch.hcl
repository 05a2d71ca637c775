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
