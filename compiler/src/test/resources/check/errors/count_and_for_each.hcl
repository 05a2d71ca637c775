step "print" "both" {
  count    = 2
  for_each = toset(["a"])
  arguments { input = 1 }
}

# error: 3:3: Invalid combination of count and for_each
