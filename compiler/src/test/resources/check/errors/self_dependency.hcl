step "print" "me" {
  arguments { input = step.print.me.output.input }
}

# error: 2:23: Self-referential block
