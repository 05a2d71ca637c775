step "print" "first" {
  delay_after = "300ms"
  arguments { input = "first" }
}
step "print" "second" {
  delay_before = "200ms"
  arguments { input = step.print.first.output.input }
}
