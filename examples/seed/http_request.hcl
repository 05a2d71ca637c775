variable "base_url" {
  type        = string
  default     = "http://127.0.0.1:8080"
  description = "The service under test: any server with httpbin-style /get, /post and /delay/N routes."
}

# File: examples/http_request.hcl

# 1. Define a stateful, shared resource.
# This creates a single, persistent HTTP client that can be reused.
resource "http_client" "shared" {
  arguments {
    timeout = "45s"
  }
}

# 2. Define steps that consume the shared resource.
step "http_request" "first" {
  # Inject the shared client into the runner.
  uses {
    client = resource.http_client.shared
  }
  arguments {
    url = "${var.base_url}/get"
  }
}

step "http_request" "second" {
  uses {
    client = resource.http_client.shared
  }
  arguments {
    url = "${var.base_url}/delay/1"
  }
  depends_on = ["http_request.first"]
}

step "http_request" "third" {
  uses {
    client = resource.http_client.shared
  }
  arguments {
    url = "${var.base_url}/delay/2"
  }
  depends_on = ["http_request.first"]
}

step "http_request" "final" {
  uses {
    client = resource.http_client.shared
  }
  arguments {
    url    = "${var.base_url}/post"
    method = "POST"
  }
  depends_on = [
    "http_request.second",
    "http_request.third",
  ]
}