variable "enabled" {
  type    = bool
  default = false
}
step "print" "maybe" {
  if = var.enabled
  arguments { input = "ran" }
}
step "print" "even" {
  count = 4
  if    = count.index % 2 == 0
  arguments { input = count.index }
}
step "print" "always" {
  arguments { input = "always" }
}
