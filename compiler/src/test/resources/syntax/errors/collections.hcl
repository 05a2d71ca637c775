# error: 7:3: Missing item separator
# error: 10:9: Missing attribute separator
# error: 12:9: Missing key/value separator
# error: 14:17: Missing item separator
a = [
  1, 2
  3
]
b = {
  x = 1 y = 2
}
c = { x y = 1 }
ok = [1, 2]
d = { e = [1, 2 }
