# Many more requests than connections: at most max_connections are in flight, and each one's
# timeout counts from when it got a connection slot, not from when it started waiting.
variable "base_url" {
  type = string
}

variable "n" {
  type    = number
  default = 20000
}

resource "http_client" "capped" {
  arguments {
    max_connections = 50
    timeout         = "2s"
  }
}

step "http_request" "fan" {
  count = var.n
  uses { client = resource.http_client.capped }
  arguments {
    url            = "${var.base_url}/slow"
    fail_on_status = true
  }
}

step "print" "done" {
  arguments { input = length(step.http_request.fan[*].output.status_code) }
}
