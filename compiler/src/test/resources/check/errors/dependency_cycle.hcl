step "print" "a" {
  arguments { input = step.print.c.output.input }
}

step "print" "b" {
  arguments { input = step.print.a.output.input }
}

step "print" "c" {
  depends_on = ["print.b"]
  arguments { input = 1 }
}

# error: 6:23: Dependency cycle
