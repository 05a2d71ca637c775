step "prnt" "a" {
  arguments { input = 1 }
}

stpe "print" "b" {
}

resource "print" "c" {
}
