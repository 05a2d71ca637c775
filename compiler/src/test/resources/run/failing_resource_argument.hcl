# A resource's config fails at run time: the timeout comes from a variable that is no duration.
variable "timeout" {
  type = string
}

resource "http_client" "api" {
  arguments {
    timeout = var.timeout
  }
}

step "http_request" "ping" {
  uses = { client = resource.http_client.api }
  arguments {
    url = "http://127.0.0.1:9/"
  }
}
