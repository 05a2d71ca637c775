# A chain of print steps: each line appears in dependency order.
step "print" "first" {
  arguments { input = "one" }
}
step "print" "second" {
  arguments { input = { n = 2, word = "two" } }
  depends_on = ["print.first"]
}
step "print" "third" {
  arguments { input = [step.print.first.output.input, step.print.second.output.input.n] }
}
output "words" {
  value = step.print.third.output.input
}
output "secret" {
  value     = "hidden"
  sensitive = true
}
