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

step "print" "whole_group" {
  arguments { input = step.print.fan.output.input }
}

step "print" "not_a_group" {
  arguments { input = step.print.constant[0].output.input }
}
