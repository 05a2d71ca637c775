variable "n" {
  type        = number
  default     = 3
  description = "How many"
  validation {
    condition     = var.n >= 1 && var.n <= 10
    error_message = "n must be between 1 and 10, not ${var.n}."
  }
}

variable "m" {
  type    = map(string)
  default = {}
}

variable "server" {
  type    = object({ host = string, port = optional(number, 80), tags = optional(list(string), []) })
  default = { host = "a" }
}

step "print" "s" {
  arguments { input = [var.n, var.m, var.server] }
}
