# error: 5:9: Invalid attribute name
# error: 6:9: Invalid legacy index syntax
# error: 7:11: Nested splat expression not allowed
# error: 8:11: Missing close bracket on index
a = foo.[0]
b = foo.0.1
c = foo.*.*
d = foo[1 2]
e = partial::
# error: 9:14: Missing function name
f = ns::name
# error: 11:13: Missing function call
g = f(1, 2 3)
# error: 13:12: Missing argument separator
h = 1.2.3
# error: 15:5: Invalid number literal
i = 1e3.0
# error: 17:5: Invalid number literal
