# One request to a server that answers after delay_ms: a benchmark's score is about the delay.
variable "base_url" {
  type = string
}
variable "delay_ms" {
  type    = number
  default = 30
}
resource "http_client" "shared" {
  scope = "run"
}
step "http_request" "wait" {
  uses { client = resource.http_client.shared }
  arguments { url = "${var.base_url}/delay/${var.delay_ms}" }
}
