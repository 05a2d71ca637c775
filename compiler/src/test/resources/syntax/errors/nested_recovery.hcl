# error: 5:10: Missing expression
# error: 7:15: Missing expression
# error: 10:6: Invalid block definition
outer {
  a = 1 +
  inner {
    b = f(1 * )
    c = 2
  }
  d e
  f = 3
}
g = 4
