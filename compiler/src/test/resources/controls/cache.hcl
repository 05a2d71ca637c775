# Instances with equal arguments run once; the others reuse that output.
step "print" "greet" {
  count = 4
  cache = true
  arguments { input = "hello ${count.index % 2}" }
}
step "print" "again" {
  cache = true
  arguments { input = "hello 1" }
}
step "print" "uncached" {
  arguments { input = "hello 1" }
}
step "print" "reads" {
  arguments { input = step.print.greet[*].output.input }
}
