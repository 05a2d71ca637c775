step "print" "single" {
  arguments { input = count.index }
}

step "print" "group" {
  count = 2
  arguments { input = each.key }
}
