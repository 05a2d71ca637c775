# Talks to a WebSocket echo server: a JSON text message, then a binary one, each awaited.
variable "url" {
  type        = string
  default     = "ws://127.0.0.1:8080"
  description = "A WebSocket server that echoes every message."
}

resource "websocket_client" "echo" {
  arguments {
    url     = var.url
    timeout = "5s"
  }
}

step "websocket_send" "hello" {
  uses { client = resource.websocket_client.echo }
  arguments { text = jsonencode({ op = "hello", n = 1 }) }
}

step "websocket_receive" "hello_back" {
  uses { client = resource.websocket_client.echo }
  arguments {
    match   = { op = "hello" }
    timeout = "5s"
  }
  depends_on = ["websocket_send.hello"]
}

step "websocket_send" "bytes" {
  uses { client = resource.websocket_client.echo }
  arguments { binary = base64encode("raw bytes") }
  depends_on = ["websocket_receive.hello_back"]
}

step "websocket_receive" "bytes_back" {
  uses { client = resource.websocket_client.echo }
  arguments { timeout = "5s" }
  depends_on = ["websocket_send.bytes"]
}

step "print" "replies" {
  arguments {
    input = [step.websocket_receive.hello_back.output.json, base64decode(step.websocket_receive.bytes_back.output.binary)]
  }
}
