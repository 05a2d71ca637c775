step "print" "a" {
  arguments { input = 1 }
}

step "print" "group" {
  count = 3
  arguments { input = count.index }
}

step "print" "b" {
  depends_on = ["print.aa", "print.a[0]", "print.group[3]"]
  arguments { input = 1 }
}

# error: 11:17: Reference to undeclared step in depends_on
# error: 11:29: Step is not a group
# error: 11:43: Index out of range
