# Locals known before the run, locals that read step outputs, outputs and a dynamic for_each.
variable "names" {
  type    = list(string)
  default = ["ann", "bob"]
}
variable "token" {
  type      = string
  default   = "s3cret"
  sensitive = true
}
locals {
  greeting = "hello"
  upper    = [for n in var.names : upper(n)]
}
step "print" "first" {
  arguments { input = "${local.greeting} ${join(", ", var.names)}" }
}
locals {
  echoed = step.print.first.output.input
}
step "print" "each" {
  for_each = toset(var.names)
  arguments { input = "${each.key}: ${local.echoed}" }
}
output "echoed" {
  value = local.echoed
}
output "token" {
  value     = var.token
  sensitive = true
}
step "print" "shout" {
  arguments { input = "%{ for u in local.upper }${u}!%{ endfor }" }
}
