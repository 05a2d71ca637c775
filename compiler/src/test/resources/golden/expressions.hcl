# Every kind of expression and run-time call code generation emits, over variables (nothing
# folds): GeneratedApiTest checks that the goldens' Java exercises the whole generated-code API.
variable "n" {
  type    = number
  default = 3
}
variable "t" {
  type    = bool
  default = true
}
variable "s" {
  type    = string
  default = "Hi"
}
variable "l" {
  type    = list(string)
  default = ["a", "", "b"]
}
variable "m" {
  type    = map(number)
  default = { x = 1, y = 2 }
}
variable "o" {
  type    = object({ name = string, tags = set(string), pair = tuple([string, number]) })
  default = { name = "o", tags = ["k"], pair = ["p", 1] }
}
variable "people" {
  type    = list(object({ name = string }))
  default = [{ name = "ann" }, { name = "bob" }]
}
variable "maybe" {
  type    = any
  default = null
}
locals {
  # constants of every shape, written as Java constants
  consts = {
    list   = tolist(["a", "b"])
    set    = toset(["a", "b"])
    map    = tomap({ a = 1, b = 2 })
    tuple  = ["a", 1, true, null]
    big    = 12345678901234567890.5
    nested = { deep = { deeper = [1.5] } }
  }
  long_list = range(70)
  nothing   = tolist([])
}
step "print" "arithmetic" {
  arguments {
    input = [var.n + 1, var.n - 1, var.n * 2, var.n / 2, var.n % 2, -var.n, !var.t]
  }
}
step "print" "comparison" {
  arguments {
    input = [var.n < 1, var.n <= 1, var.n > 1, var.n >= 1, var.n == 1, var.n != 1, var.t && var.n > 0,
      var.t || var.n > 0]
  }
}
step "print" "traversal" {
  arguments {
    input = [var.o.name, var.l[1], var.m["x"], var.o.pair[0], var.people[*].name, var.people.*.name]
  }
}
step "print" "structure" {
  arguments {
    input = { (var.s) = [var.n, var.s], fixed = local.consts, many = [var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n, var.n] }
  }
}
step "print" "conditional" {
  arguments {
    input = [var.t ? var.n : var.n + 1, var.maybe != null && var.maybe.a == "x", var.t ? 1 : tonumber("abc")]
  }
}
step "print" "calls" {
  arguments {
    input = [upper(var.s), max(var.m.x, var.m.y), max([var.n, 1]...), try(var.maybe.a, "fallback"),
      can(var.maybe.a), length(local.long_list), length(local.nothing), try({ var.o.name = 1 }, "ambiguous key"),
      can(no_such_function(var.n))]
  }
}
step "print" "for" {
  arguments {
    input = [[for x in var.l : upper(x) if x != ""], { for k, v in var.m : k => v * var.n },
      { for p in var.people : substr(p.name, 0, 1) => p.name... }]
  }
}
step "print" "template" {
  arguments {
    input = [
      "${var.s} and ${var.n}",
      "%{if var.t}yes%{else}no%{endif}",
      "%{for i, x in var.l}${i}=${x};%{endfor}",
      <<-EOT
      heredoc ${var.s}
      EOT
    ]
  }
}
