# The server answers "close" with a close frame (4000, "bye"): the waiting receive fails with it.
variable "url" {
  type = string
}
resource "websocket_client" "ws" {
  arguments { url = var.url }
}
step "websocket_send" "close" {
  uses { client = resource.websocket_client.ws }
  arguments { text = "close" }
}
step "websocket_receive" "never" {
  uses { client = resource.websocket_client.ws }
  arguments { timeout = "30s" }
  depends_on = ["websocket_send.close"]
}
