step "print" "a" {
  arguments { input = 1 + }
}

step "print" "b" {
  arguments {
    input = "unterminated
  }
}

step "print" "c" {
  arguments { input = [1, 2 }
}

# error: 2:27: Missing expression
# error: 7:26: Unterminated template string
# error: 12:29: Missing item separator
