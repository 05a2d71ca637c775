step "print" "fan" {
  count = 3
  arguments { input = count.index }
}

step "print" "constant" {
  arguments { input = step.print.fan[3].output.input }
}

step "print" "shifted" {
  count = 3
  arguments { input = step.print.fan[count.index + 1].output.input }
}

# error: 7:37: Invalid index
# error: 12:38: Index out of range
