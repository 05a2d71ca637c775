variable "base_url" {
  type = string
}

resource "http_client" "anonymous" {
  arguments {
    ca_cert = "ca.pem"
  }
}

step "http_request" "hello" {
  uses { client = resource.http_client.anonymous }
  arguments { url = "${var.base_url}/hello" }
}
