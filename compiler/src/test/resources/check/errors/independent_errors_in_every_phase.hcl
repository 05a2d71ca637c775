# Five independent mistakes, found by different phases (references, cycles, types, functions):
# one check reports them all.
locals {
  a = local.b
  b = local.a
}

step "print" "one" {
  arguments { input = var.nope }
}

step "sleep" "two" {
  arguments { duration = [1, 2] }
}

step "print" "three" {
  arguments { input = uper("x") }
}

step "print" "c1" {
  arguments { input = step.print.c2.output }
}

step "print" "c2" {
  arguments { input = step.print.c1.output }
}

# A step that reads a name already reported adds no second error.
step "print" "downstream" {
  arguments { input = "${var.nope}-${local.a}" }
}

# error: 5:7: Dependency cycle
# error: 9:23: Reference to undeclared variable
# error: 13:26: Incorrect argument type
# error: 17:23: Call to unknown function
# error: 25:23: Dependency cycle
# error: 30:26: Reference to undeclared variable
