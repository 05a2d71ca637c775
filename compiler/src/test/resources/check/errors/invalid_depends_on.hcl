step "print" "a" {
  arguments { input = 1 }
}

step "print" "group" {
  count = 3
  arguments { input = count.index }
}

step "print" "b" {
  depends_on = ["print.aa", "print.a[0]", "print.group[3]", 42]
  arguments { input = 1 }
}
