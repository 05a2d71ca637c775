# A conversation in a chat room: alice and bob join "lobby", alice says hello, bob hears it and
# answers, alice hears the answer. The server (see examples/README.md) broadcasts each "say" to
# the whole room, sender included; `match` picks the other user's message, and socketio_await
# also takes a message that arrived before the step started waiting.
variable "url" {
  type        = string
  default     = "http://127.0.0.1:3000"
  description = "A Socket.IO server with join and say events."
}

resource "socketio_client" "alice" {
  arguments {
    url  = var.url
    auth = { name = "alice" }
  }
}

resource "socketio_client" "bob" {
  arguments {
    url  = var.url
    auth = { name = "bob" }
  }
}

step "socketio_emit" "alice_joins" {
  uses { client = resource.socketio_client.alice }
  arguments {
    event = "join"
    data  = "lobby"
    ack   = true
  }
}

step "socketio_emit" "bob_joins" {
  uses { client = resource.socketio_client.bob }
  arguments {
    event = "join"
    data  = "lobby"
    ack   = true
  }
}

step "socketio_emit" "alice_says" {
  uses { client = resource.socketio_client.alice }
  arguments {
    event = "say"
    data  = { room = "lobby", text = "hello bob" }
    ack   = true
  }
  depends_on = ["socketio_emit.alice_joins", "socketio_emit.bob_joins"]
}

step "socketio_await" "bob_hears" {
  uses { client = resource.socketio_client.bob }
  arguments {
    event   = "message"
    match   = { from = "alice" }
    timeout = "5s"
  }
  depends_on = ["socketio_emit.alice_says"]
}

step "socketio_emit" "bob_answers" {
  uses { client = resource.socketio_client.bob }
  arguments {
    event = "say"
    data  = { room = "lobby", text = "hi alice, you said: ${step.socketio_await.bob_hears.output.data.text}" }
    ack   = true
  }
}

step "socketio_await" "alice_hears" {
  uses { client = resource.socketio_client.alice }
  arguments {
    event   = "message"
    match   = { from = "bob" }
    timeout = "5s"
  }
  depends_on = ["socketio_emit.bob_answers"]
}

step "print" "conversation" {
  arguments {
    input = [for m in [step.socketio_await.bob_hears.output.data, step.socketio_await.alice_hears.output.data] : "${m.from}: ${m.text}"]
  }
}
