variable "nap" {
  type = string
}

step "sleep" "nap" {
  arguments { duration = var.nap }
}
