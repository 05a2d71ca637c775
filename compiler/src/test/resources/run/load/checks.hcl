# Checks over self.output: the first holds; the second holds unless -var strict=true.
variable "strict" {
  type    = bool
  default = false
}

step "cmd" "hello" {
  arguments {
    command = ["echo", "hello from vu ${vu.id}, iteration ${vu.iteration} of ${scenario.name}"]
  }
  check "exit_zero" {
    condition     = self.output.exit_code == 0
    error_message = "exit code ${self.output.exit_code}"
  }
  check "polite" {
    condition     = !var.strict || strcontains(self.output.stdout, "please")
    error_message = "said \"${trimspace(self.output.stdout)}\" without please"
  }
}

step "print" "after" {
  arguments {
    input = trimspace(step.cmd.hello.output.stdout)
  }
}
