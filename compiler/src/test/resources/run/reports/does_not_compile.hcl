# Two compile errors: a run with reports still writes them, saying why it did not start.
step "print" "hello" {
  arguments {
    inptu = "hi"
  }
}

step "print" "bye" {
  arguments {
    input = step.print.nope.output
  }
}
