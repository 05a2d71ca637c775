step "cmd" "date" {
  cache = true
  arguments { command = ["date"] }
}
step "print" "bad" {
  cache = "yes"
  arguments { input = 1 }
}
step "print" "dir_alone" {
  cache_dir = "x"
  arguments { input = 1 }
}
