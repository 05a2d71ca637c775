step "print" "me" {
  arguments { input = step.print.me.output.input }
}
