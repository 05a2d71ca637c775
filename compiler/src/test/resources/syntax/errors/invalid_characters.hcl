# error: 4:5: Invalid character
# error: 4:9: Invalid character
# error: 5:6: Invalid character
a = 'str'
b = 1;
c = "fine ' ; ` here"
