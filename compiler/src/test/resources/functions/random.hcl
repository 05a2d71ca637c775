step "print" "r" {
  arguments {
    input = [random_int(1, 6), random_string(12), uuid(), timestamp(), sensitive("s"), nonsensitive("n")]
  }
}
