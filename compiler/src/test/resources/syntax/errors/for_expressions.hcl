# error: 5:24: Invalid 'for' expression
# error: 6:20: Invalid 'for' expression
# error: 7:12: Invalid 'for' expression
# error: 8:20: Invalid 'for' expression
a = [for k, v in xs: k => v]
b = {for v in xs: v}
c = [for v xs: v]
d = [for v in xs: v...]
ok = {for k, v in m: v => k... if k != ""}
