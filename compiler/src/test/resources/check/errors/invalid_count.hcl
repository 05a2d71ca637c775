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

step "print" "both" {
  count    = 2
  for_each = toset(["a"])
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
