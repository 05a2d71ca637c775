variable "enabled" {
  type    = bool
  default = false
}
step "print" "maybe" {
  if = var.enabled
  arguments { input = "ran" }
}
step "print" "guarded" {
  arguments { input = try(step.print.maybe.output, "fallback") }
}
step "print" "also_conditional" {
  if = var.enabled
  arguments { input = step.print.maybe.output }
}
