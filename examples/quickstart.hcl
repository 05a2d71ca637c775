# A first grid that needs no server and no network: it reads the environment, fans out
# five commands in parallel, waits for all of them, and prints what they said.
#
#   ./bggoc run examples/quickstart.hcl
#   ./bggoc run examples/quickstart.hcl -var greeting=Hej -var workers=3

variable "greeting" {
  type        = string
  default     = "Hello"
  description = "What every worker says."
}

variable "workers" {
  type    = number
  default = 5
}

step "env_vars" "who" {
  arguments {
    defaults = { USER = "world" }
  }
}

# A group of `workers` commands. They do not depend on each other, so they run at once.
step "cmd" "worker" {
  count = var.workers
  arguments {
    command = ["echo", "${var.greeting}, ${step.env_vars.who.output.vars.USER}, from worker ${count.index}"]
  }
}

step "sleep" "pause" {
  arguments {
    duration = "200ms"
  }
}

# A fan-in: waits for every worker and the pause, then prints one line.
step "print" "summary" {
  arguments {
    input = {
      said    = [for out in step.cmd.worker[*].output.stdout : trimspace(out)]
      workers = length(step.cmd.worker)
    }
  }
  depends_on = ["sleep.pause"]
}
