# A group sized by a variable is expanded at run time; it shares the resource with a single step.
variable "base_url" {
  type = string
}
variable "n" {
  type    = number
  default = 3
}
resource "http_client" "shared" {}
step "http_request" "first" {
  uses { client = resource.http_client.shared }
  arguments { url = "${var.base_url}/get" }
}
step "http_request" "fan" {
  count = var.n
  uses { client = resource.http_client.shared }
  arguments { url = "${var.base_url}/item/${count.index}" }
  depends_on = ["http_request.first"]
}
output "codes" {
  value = step.http_request.fan[*].output.status_code
}
