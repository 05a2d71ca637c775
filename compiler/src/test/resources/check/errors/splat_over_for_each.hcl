step "print" "set" {
  for_each = toset(["a", "b"])
  arguments { input = each.key }
}

step "print" "all" {
  arguments { input = step.print.set[*].output.input }
}

step "print" "listed" {
  arguments { input = values(step.print.set)[*].output.input }
}

# error: 7:37: Splat over a for_each group
