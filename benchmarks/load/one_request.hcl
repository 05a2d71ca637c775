# The load benchmark's grid: one GET per iteration on one client sized for 50 virtual users.
variable "url" {
  type    = string
  default = "http://127.0.0.1:8080/"
}

resource "http_client" "shared" {
  arguments {
    max_connections = 50
  }
}

step "http_request" "get" {
  uses = { client = resource.http_client.shared }
  arguments {
    url = var.url
  }
}
