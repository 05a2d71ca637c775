# error: 5:7: Argument or block definition required
# error: 6:1: Argument or block definition required
# error: 7:3: Argument or block definition required
# error: 8:8: Invalid string literal
block 1 {}
"quoted" = 1
a 1
block "${x}" {}
ok "l1" l2 {
}
