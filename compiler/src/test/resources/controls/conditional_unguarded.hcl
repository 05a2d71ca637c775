variable "enabled" {
  type    = bool
  default = false
}
step "print" "maybe" {
  if = var.enabled
  arguments { input = "ran" }
}
step "print" "reader" {
  arguments { input = step.print.maybe.output }
}
