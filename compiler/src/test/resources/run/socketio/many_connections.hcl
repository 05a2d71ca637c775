# 200 one-shot exchanges at once, each on a connection of its own.
variable "url" {
  type = string
}
step "socketio" "user" {
  count = 200
  arguments {
    url        = var.url
    emit_event = "ping"
    emit_data  = { user = count.index }
    on_event   = "pong"
    timeout    = "30s"
  }
}
step "print" "users" {
  arguments { input = length(step.socketio.user[*].output.response_data.user) }
}
