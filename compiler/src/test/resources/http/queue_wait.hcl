# One connection slot, six requests of half a second each: the last waits 2.5 s for the slot,
# longer than its 2 s timeout, which counts only from when it has the slot.
variable "base_url" {
  type = string
}

resource "http_client" "one_at_a_time" {
  arguments {
    max_connections = 1
    timeout         = "2s"
  }
}

step "http_request" "queued" {
  count = 6
  uses { client = resource.http_client.one_at_a_time }
  arguments {
    url            = "${var.base_url}/slow"
    fail_on_status = true
  }
}

step "print" "done" {
  arguments { input = length(step.http_request.queued[*].output.status_code) }
}
