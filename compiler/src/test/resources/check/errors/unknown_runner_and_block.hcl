step "prnt" "a" {
  arguments { input = 1 }
}

stpe "print" "b" {
}

resource "print" "c" {
}

# error: 1:6: Unknown runner type
# error: 5:1: Unsupported block type
# error: 8:10: Unknown resource type
