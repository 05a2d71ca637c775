# error: 7:14: Invalid single-argument block definition
# error: 8:14: Invalid single-argument block definition
# error: 10:14: Invalid single-argument block definition
# error: 12:14: Invalid single-argument block definition
# error: 15:5: Invalid single-argument block definition
ok { b = "foo" }
a { b = "foo", c = "bar" }
a { b = "foo"
}
a { b = "foo"
  c = "bar" }
a { b = "foo"
  c = "bar"
}
a { d {} }
empty {}
