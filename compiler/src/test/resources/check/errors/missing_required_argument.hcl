step "sleep" "nap" {
  arguments {}
}
