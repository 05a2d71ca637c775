# One request to a misbehaving server, bounded by a timeout.
variable "url" {
  type = string
}
resource "http_client" "client" {}
step "http_request" "call" {
  timeout = "1s"
  uses { client = resource.http_client.client }
  arguments {
    url            = var.url
    fail_on_status = true
  }
}
step "print" "size" {
  arguments { input = step.http_request.call.output.body_bytes }
}
