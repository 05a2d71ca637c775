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

# error: 6:23: Reference to undeclared step
# error: 10:47: Unsupported attribute
# error: 14:24: Reference to undeclared variable
# error: 14:37: Reference to undeclared local value
# error: 14:49: Unknown variable
# error: 18:23: Call to unknown function
