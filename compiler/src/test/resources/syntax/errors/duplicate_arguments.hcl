# error: 5:1: Duplicate argument
# error: 8:3: Duplicate argument
a = 1
b = 2
a = 3
blk {
  x = 1
  x = 2
}
other {
  a = 1
}
