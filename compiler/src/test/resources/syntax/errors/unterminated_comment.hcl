# error: 3:5: Unterminated comment
a = 1
b = /* never closed
c = 2
