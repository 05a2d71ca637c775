# 200 requests at once on one connection; replies come back in reverse order (the server waits
# delay_ms before each), and match gives each request its own.
variable "url" {
  type = string
}
resource "socketio_client" "shared" {
  arguments { url = var.url }
}
step "socketio_request" "ping" {
  count = 200
  uses { client = resource.socketio_client.shared }
  arguments {
    emit_event = "ping"
    emit_data  = { id = count.index, delay_ms = 200 - count.index }
    on_event   = "pong"
    match      = { id = count.index }
    timeout    = "20s"
  }
}
step "print" "ids" {
  arguments { input = step.socketio_request.ping[*].output.response_data.id }
}
