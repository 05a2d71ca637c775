# Constant arguments of the Socket.IO and WebSocket runners that could only fail at run time.
resource "socketio_client" "scheme" {
  arguments { url = "ftp://127.0.0.1:3000" }
}
resource "socketio_client" "rest" {
  arguments {
    url        = "http://127.0.0.1:3000/chat"
    namespace  = "/admin"
    transports = ["websocket", "carrier-pigeon"]
    timeout    = "0s"
  }
}
step "socketio_emit" "e" {
  uses { client = resource.socketio_client.scheme }
  arguments {
    event  = "hi"
    data   = 1
    args   = [1, 2]
    binary = "not base64!"
  }
}
step "socketio_request" "r" {
  uses { client = resource.socketio_client.rest }
  arguments {
    emit_event = "hi"
    on_event   = "ho"
    emit_args  = "one"
    timeout    = "0"
  }
}
step "socketio_await" "a" {
  uses { client = resource.socketio_client.rest }
  arguments {
    event   = "ho"
    timeout = "0ms"
  }
}
step "socketio" "legacy" {
  arguments {
    url        = "not a url"
    emit_event = "hi"
    on_event   = "ho"
  }
}
resource "websocket_client" "w" {
  arguments {
    url     = "ftp://127.0.0.1:8080/socket"
    timeout = "0s"
  }
}
resource "websocket_client" "nohost" {
  arguments { url = "ws:///socket" }
}
step "websocket_send" "both" {
  uses { client = resource.websocket_client.w }
  arguments {
    text   = "hi"
    binary = "aGk="
  }
}
step "websocket_send" "neither" {
  uses { client = resource.websocket_client.nohost }
  arguments {}
}
step "websocket_send" "bytes" {
  uses { client = resource.websocket_client.w }
  arguments { binary = "%%%" }
}
step "websocket_receive" "r" {
  uses { client = resource.websocket_client.w }
  arguments { timeout = "0s" }
}

# error: 3:21: Invalid argument
# error: 7:18: Invalid argument
# error: 9:18: Invalid argument
# error: 10:18: Invalid argument
# error: 18:14: Invalid argument
# error: 19:14: Invalid argument
# error: 27:18: Invalid argument
# error: 28:18: Invalid argument
# error: 35:15: Invalid argument
# error: 40:18: Invalid argument
# error: 47:15: Invalid argument
# error: 48:15: Invalid argument
# error: 52:21: Invalid argument
# error: 58:14: Invalid argument
# error: 61:1: Invalid argument
# error: 67:24: Invalid argument
# error: 71:25: Invalid argument
