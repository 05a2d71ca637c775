# Several arguments and a binary one, acknowledged; the server also emits them back.
variable "url" {
  type = string
}
resource "socketio_client" "conn" {
  arguments {
    url        = var.url
    transports = ["polling", "websocket"]
  }
}
step "socketio_emit" "echo" {
  uses { client = resource.socketio_client.conn }
  arguments {
    event  = "echo"
    args   = [1, "two", { three = 3 }]
    binary = base64encode("bytes")
    ack    = true
    timeout = "5s"
  }
}
step "socketio_await" "echoed" {
  uses { client = resource.socketio_client.conn }
  arguments { event = "echoed" }
  depends_on = ["socketio_emit.echo"]
}
step "print" "ack" {
  arguments { input = step.socketio_emit.echo.output.ack_args }
}
step "print" "bytes" {
  arguments { input = base64decode(step.socketio_await.echoed.output.args[3]) }
}
