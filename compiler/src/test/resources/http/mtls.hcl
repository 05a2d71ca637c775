# Mutual TLS: the server's authority from a file beside the grid, the client's certificate and
# key as PEM text.
variable "base_url" {
  type = string
}

variable "client_cert" {
  type = string
}

variable "client_key" {
  type      = string
  sensitive = true
}

resource "http_client" "mtls" {
  arguments {
    ca_cert     = "ca.pem"
    client_cert = var.client_cert
    client_key  = var.client_key
  }
}

step "http_request" "hello" {
  uses { client = resource.http_client.mtls }
  arguments { url = "${var.base_url}/hello" }
}

step "print" "hello" {
  arguments { input = step.http_request.hello.output.body }
}
