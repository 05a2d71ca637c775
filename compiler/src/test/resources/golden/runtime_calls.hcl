# Every run-time call of generated code outside expressions: conversions to and from each Java
# type a record may hold, step shapes and how one is read, per-instance dependencies, checks,
# conditions and retries. GeneratedApiTest checks the goldens' Java exercises the whole API.
variable "n" {
  type    = number
  default = 2
}
variable "keys" {
  type    = set(string)
  default = ["a", "b"]
}
step "test_types" "all" {
  arguments {
    text          = "t"
    pause         = "1s"
    small         = var.n
    small_or_null = var.n
    whole         = var.n
    whole_or_null = var.n
    real          = var.n / 4
    real_or_null  = var.n / 4
    flag          = var.n > 1
    flag_or_null  = var.n > 1
    decimal       = var.n / 3
    integer       = var.n
    anything      = { n = var.n }
    list          = ["x", "${var.n}"]
    set           = [var.n]
    map           = { a = var.n }
    limits        = { max = var.n, window = "2s" }
    pair          = { ratio = var.n / 4, on = var.n > 1 }
  }
}
step "print" "fields" {
  arguments {
    input = [step.test_types.all.output.whole, step.test_types.all.output.limits.max, step.test_types.all.output]
  }
}
step "print" "counted" {
  count = 3
  # more elements than one Java method takes: written by helper methods that receive count
  arguments { input = [count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index, count.index] }
}
step "print" "keyed" {
  for_each = toset(["x", "y"])
  arguments { input = [each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value, each.value] }
}
step "print" "flipped" {
  count = 3
  arguments { input = step.print.counted[2 - count.index].output.input }
}
step "print" "dynamic" {
  count = var.n
  arguments { input = count.index }
}
step "print" "dynamic_keyed" {
  for_each = var.keys
  arguments { input = each.key }
}
step "print" "per_instance" {
  count = var.n
  arguments { input = step.print.dynamic[count.index].output.input }
}
step "print" "per_key" {
  for_each = var.keys
  arguments { input = step.print.dynamic_keyed[each.key].output.input }
}
step "print" "groups" {
  arguments {
    input = [step.print.keyed, step.print.dynamic_keyed, step.print.dynamic[0].output.input,
      length(step.print.counted)]
  }
  check "sizes" {
    condition     = length(self.output.input) == 4
    error_message = "expected four groups"
  }
}
step "print" "cached" {
  count     = 2
  cache     = true
  cache_dir = "outputs"
  arguments { input = "same for both ${var.n}" }
}
step "print" "who" {
  arguments { input = "user ${vu.id}, iteration ${vu.iteration} of ${scenario.name}" }
}
