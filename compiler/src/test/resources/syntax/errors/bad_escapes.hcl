# error: 3:6: Invalid escape sequence
# error: 3:13: Invalid escape sequence
a = "\q and \u12"
b = "\n\t\\ \u00e9 \U0001F600 ok"
