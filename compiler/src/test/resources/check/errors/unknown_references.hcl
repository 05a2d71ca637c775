step "print" "first" {
  arguments { input = 1 }
}

step "print" "second" {
  arguments { input = step.print.frist.output.input }
}

step "print" "third" {
  arguments { input = step.print.first.output.inptu }
}

step "print" "fourth" {
  arguments { input = [var.missing, local.nope, vra.x] }
}

step "print" "fifth" {
  arguments { input = uper("a") }
}
