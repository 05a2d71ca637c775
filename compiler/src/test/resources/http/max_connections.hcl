# Many more requests than connections: at most max_connections are in flight, the rest wait for
# a slot, and none fails for having waited (each one's timeout starts when it has a slot).
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
