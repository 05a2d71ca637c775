# Many calls that each fail, none stopping the run: nothing they opened may stay open.
variable "url" {
  type = string
}
resource "http_client" "client" {}
step "http_request" "call" {
  count      = 50
  timeout    = "2s"
  on_failure = "continue"
  uses { client = resource.http_client.client }
  arguments { url = "${var.url}?n=${count.index}" }
}
