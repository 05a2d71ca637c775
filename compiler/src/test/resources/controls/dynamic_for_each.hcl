# A for_each whose keys come from a step's output: expanded at run time, its instances in parallel.
variable "base_url" {
  type = string
}
step "cmd" "list" {
  arguments { command = ["printf", "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6}"] }
}
step "http_request" "each" {
  for_each = jsondecode(step.cmd.list.output.stdout)
  arguments { url = "${var.base_url}/slow?key=${each.key}&value=${each.value}" }
}
step "print" "b" {
  arguments { input = step.http_request.each["b"].output.status_code }
}
step "print" "all" {
  arguments { input = [for k, r in step.http_request.each : "${k}:${r.output.status_code}"] }
}
