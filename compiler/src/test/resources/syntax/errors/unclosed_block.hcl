# error: 2:6: Unclosed configuration block
step {
  a = 1
  inner {
  }
