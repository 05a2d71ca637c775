# count.index and indexed references reach the right instance; a splat keeps index order.
variable "factor" {
  type    = number
  default = 10
}
step "print" "a" {
  count = 4
  arguments { input = count.index * var.factor }
}
step "print" "b" {
  count = 4
  arguments { input = step.print.a[count.index].output.input + 1 }
}
step "print" "c" {
  arguments { input = step.print.a[2].output.input }
}
step "print" "all" {
  arguments { input = step.print.b[*].output.input }
}
step "print" "keyed" {
  for_each = toset(["x", "y"])
  arguments { input = "${each.key}=${each.value}" }
}
step "print" "dynamic" {
  count = var.factor / 5
  arguments { input = "dyn ${count.index}" }
}
step "print" "after_dynamic" {
  arguments { input = length(step.print.dynamic[*].output.input) }
}
