step "print" "a" {
  arguments { input = 1 }
}
step "print" "group" {
  count = 3
  arguments { input = count.index }
}
step "print" "one" {
  depends_on_any = [step.print.a]
  arguments { input = 1 }
}
step "print" "whole_group" {
  depends_on_any = [step.print.a, step.print.group]
  arguments { input = 1 }
}
step "print" "misspelt" {
  depends_on_any = [step.print.a, "print.grop[1]"]
  arguments { input = 1 }
}
step "print" "also_read" {
  depends_on_any = [step.print.a, step.print.group[5]]
  arguments { input = step.print.a.output }
}
step "print" "no_race" {
  arguments { input = race.winner }
}
step "print" "bad_attr" {
  depends_on_any = [step.print.a, step.print.group[1]]
  arguments { input = race.winer }
}
step "print" "typo" {
  depends_on_anny = [step.print.a, step.print.group[1]]
  arguments { input = 1 }
}
