step "print" "negative" {
  count = -1
  arguments { input = 1 }
}

step "print" "fraction" {
  count = 1.5
  arguments { input = 1 }
}

step "print" "word" {
  count = "many"
  arguments { input = 1 }
}

step "print" "list_for_each" {
  for_each = ["a", "b"]
  arguments { input = 1 }
}

step "print" "huge" {
  count = 1e12
  arguments { input = 1 }
}

# error: 2:11: Invalid count argument
# error: 7:11: Invalid count argument
# error: 12:11: Invalid count argument
# error: 17:14: Invalid for_each argument
# error: 22:11: Invalid count argument
