step "shout" "hi" {
  arguments { name = "hello" }
}
step "print" "loud" {
  arguments { input = step.shout.hi.output.message }
}
