# Both groups are sized by a variable, so both expand at run time; home[i] reads login[i] only.
variable "users" {
  type = number
}

step "sleep" "login" {
  count = var.users
  arguments { duration = count.index == 0 ? "20ms" : "1500ms" }
}

step "print" "home" {
  count = var.users
  arguments { input = step.sleep.login[count.index].output.duration }
}
