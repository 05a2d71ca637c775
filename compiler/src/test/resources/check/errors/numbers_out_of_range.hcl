step "print" "big" {
  arguments { input = [1e99999 * 1e99999, pow(1e99999, 100), jsondecode("1e999999")] }
}

# error: 2:24: Number out of range
# error: 2:43: Error in function call
# error: 2:73: Invalid function argument
