step "cmd" "a" {
  arguments { command = ["echo", "not json"] }
}
locals {
  cfg = jsondecode(step.cmd.a.output.stdout)
}
step "print" "p" {
  arguments { input = local.cfg }
}
