# No scenario of its own: the load options make one.
step "print" "hello" {
  arguments { input = "vu ${vu.id} iteration ${scenario.iteration}" }
}
