step "print" "fan" {
  count = 3
  arguments { input = count.index }
}

step "print" "single" {
  arguments { input = 1 }
}

step "print" "whole_group" {
  arguments { input = step.print.fan.output.input }
}

step "print" "not_a_group" {
  arguments { input = step.print.single[0].output.input }
}

step "print" "no_output" {
  arguments { input = step.print.single.result }
}

# error: 11:23: Missing index for a step group
# error: 15:40: Step is not a group
# error: 19:41: Unsupported step attribute
