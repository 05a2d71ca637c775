step "cmd" "date" {
  cache = true
  arguments { command = ["date"] }
}
step "print" "bad" {
  cache = "yes"
  arguments { input = 1 }
}
