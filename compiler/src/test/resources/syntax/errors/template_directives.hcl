# error: 5:6: Unclosed template directive
# error: 6:8: Unexpected else directive
# error: 7:11: Invalid template directive
# error: 8:8: Unclosed template interpolation sequence
a = "%{ if x }yes"
b = "x %{ else } y"
c = "a %{ iff x } b %{ endif }"
d = "a ${ b "
e = "%{ for v in xs }${v}%{ endfor }"
