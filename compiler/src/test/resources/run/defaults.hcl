# Arguments a grid omits, or sets to null, take the module's typed defaults (TestEchoRunner.Args.DEFAULTS).
variable "verbose" {
  type    = bool
  default = null
}

variable "max" {
  type    = number
  default = 5
}

step "test_echo" "omitted" {
  arguments { label = "omitted" }
}

step "test_echo" "given" {
  arguments {
    label       = "given"
    wait_for    = "2s"
    max_retries = null
    verbose     = var.verbose
    tags        = ["z"]
    limits      = { max = var.max }
  }
}

step "print" "omitted" {
  arguments { input = step.test_echo.omitted.output }
}

step "print" "given" {
  arguments { input = step.test_echo.given.output }
}
