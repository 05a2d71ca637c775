step "sleep" "long" {
  timeout = "300ms"
  arguments { duration = "30s" }
}
step "sleep" "short" {
  timeout = "5s"
  arguments { duration = "10ms" }
}
