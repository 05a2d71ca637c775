# error: 2:14: Missing newline after argument
a = "a value", b = "b value"
c = 1
# error: 5:4: Missing expression
d =
e = 2 f = 3
# error: 6:7: Missing newline after argument
