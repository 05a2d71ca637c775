# HTTP/2: over TLS (negotiated by ALPN) or h2c with prior knowledge, by the URL's scheme.
variable "base_url" {
  type = string
}

variable "ca_cert" {
  type    = string
  default = null
}

resource "http_client" "h2" {
  arguments {
    http_version = "2"
    ca_cert      = var.ca_cert
  }
}

step "http_request" "hello" {
  uses { client = resource.http_client.h2 }
  arguments { url = "${var.base_url}/hello" }
}

step "print" "protocol" {
  arguments { input = step.http_request.hello.output.protocol }
}
