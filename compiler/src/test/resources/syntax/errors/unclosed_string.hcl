# error: 3:9: Unterminated template string
# error: 5:5: Missing expression
a = "abc
b = 1
c = )
