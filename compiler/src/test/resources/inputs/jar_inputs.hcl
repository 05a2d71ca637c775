variable "n" {
  type        = number
  description = "How many users to simulate"
}

variable "m" {
  type    = map(string)
  default = { k = "default" }
}

variable "token" {
  type      = string
  default   = "not-shown"
  sensitive = true
}

step "print" "s" {
  arguments { input = [var.n, var.m] }
}
