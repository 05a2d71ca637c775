step "print" "single" {
  arguments { input = count.index }
}

step "print" "group" {
  count = 2
  arguments { input = each.key }
}

# error: 2:23: Reference to "count" in non-counted context
# error: 7:23: Reference to "each" in non-for_each context
