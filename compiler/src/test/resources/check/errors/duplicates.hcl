step "print" "a" {
  arguments { input = 1 }
}

step "print" "a" {
  arguments {
    input = 2
  }
}

variable "v" {}
variable "v" {}

# error: 5:1: Duplicate step
# error: 12:1: Duplicate variable
