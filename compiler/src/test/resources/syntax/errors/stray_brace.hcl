# error: 4:1: Unexpected closing brace
a {
}
}
b = 1
