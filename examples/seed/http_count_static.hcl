variable "base_url" {
  type        = string
  default     = "http://127.0.0.1:8080"
  description = "The service under test: any server with httpbin-style /get, /post and /delay/N routes."
}

# 1. Define a stateful, shared resource.
resource "http_client" "shared" {
  arguments {
    timeout = "45s"
  }
}

# 2. Define steps that consume the shared resource.
step "http_request" "first" {
  uses {
    client = resource.http_client.shared
  }
  arguments {
    url = "${var.base_url}/get"
  }
}

# 3. These two steps are now replaced by a single block.
step "http_request" "delay_requests" {
  count = 10

  uses {
    client = resource.http_client.shared
  }
  arguments {
    url = "${var.base_url}/delay/${count.index + 1}"
  }
  depends_on = ["http_request.first"]
}


# 4. The "fan-in" step now depends on the specific instances.
step "http_request" "final" {
  uses {
    client = resource.http_client.shared
  }
  arguments {
    url    = "${var.base_url}/post"
    method = "POST"
  }
  # This is the key: we explicitly depend on each instance.
  depends_on = [
    "http_request.delay_requests[0]",
    "http_request.delay_requests[1]",
    "http_request.delay_requests[7]",
  ]
}