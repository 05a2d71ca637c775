variable "port" {
  type    = number
  default = 70000
  validation {
    condition     = var.port < 65536
    error_message = "port must be below 65536."
  }
  validation {
    condition     = var.port > local.min
    error_message = "never checked: the reference is reported"
  }
}

variable "ok" {
  type = object({ a = optional(number, "x") })
  default = {}
}

step "print" "p" {
  arguments { input = var.port }
}

# error: 5:21: Invalid value for variable
# error: 9:32: Invalid reference in variable validation
# error: 15:40: Invalid default value for optional attribute
