step "print" "a" {
  arguments { input = 1 }
}

step "print" "b" {
  depends_on = [42, "print a", step.print.a.output]
  arguments { input = 1 }
}

step "print" "c" {
  depends_on = "print.a"
  arguments { input = 1 }
}

# error: 6:17: Invalid depends_on entry
# error: 6:21: Invalid depends_on entry
# error: 6:32: Invalid depends_on entry
# error: 11:16: Invalid depends_on
