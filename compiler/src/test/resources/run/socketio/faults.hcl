# One fault at a time, chosen by var.fault: unreachable, wrong_auth, no_reply, disconnect, wait.
variable "url" {
  type = string
}
variable "fault" {
  type = string
}
locals {
  unreachable = var.fault == "unreachable"
}
resource "socketio_client" "conn" {
  arguments {
    url       = local.unreachable ? "http://127.0.0.1:1" : var.url
    namespace = var.fault == "wrong_auth" ? "/admin" : "/"
    auth      = { token = "wrong" }
    timeout   = "5s"
  }
}
step "socketio_emit" "drop" {
  count = var.fault == "disconnect" ? 1 : 0
  uses { client = resource.socketio_client.conn }
  arguments {
    event = "drop_later"
    data  = 300
  }
}
step "socketio_request" "wait" {
  uses { client = resource.socketio_client.conn }
  arguments {
    emit_event = "never_ack"
    on_event   = "pong"
    timeout    = var.fault == "no_reply" ? "500ms" : "60s"
  }
}
