step "sleep" "forever" {
  arguments { duration = "10m" }
}
