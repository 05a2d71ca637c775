# Execution controls: how each shape of step is scheduled under them.
variable "enabled" {
  type    = bool
  default = true
}
step "print" "size" {
  timeout      = "5s"
  delay_before = "10ms"
  retry {
    attempts  = 3
    delay     = "100ms"
    backoff   = "exponential"
    max_delay = "1s"
    jitter    = true
    on        = self.error != null
  }
  arguments { input = 3 }
}
step "print" "fan" {
  count       = 4
  concurrency = 2
  if          = var.enabled && count.index != 1
  arguments { input = count.index }
}
step "print" "dynamic" {
  count       = step.print.size.output.input
  concurrency = 2
  on_failure  = "continue"
  delay_after = "1ms"
  arguments { input = count.index }
}
step "print" "pick" {
  depends_on_any = [step.print.size, step.print.fan[3]]
  arguments { input = "${race.winner} won" }
}
