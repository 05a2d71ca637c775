variable "names" {
  type      = set(string)
  sensitive = true
  default   = ["alpha", "beta"]
}
step "print" "p" {
  for_each   = var.names
  depends_on = [step.print.open]
  arguments { input = each.key }
}

step "print" "open" {
  for_each = nonsensitive(var.names)
  arguments { input = each.key }
}
