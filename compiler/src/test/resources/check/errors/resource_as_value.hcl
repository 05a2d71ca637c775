resource "http_client" "web" {}

step "print" "a" {
  arguments { input = resource.http_client.web }
}

locals {
  client = resource.http_client.web
}

# error: 4:23: Resource used as a value
# error: 8:12: Resource used as a value
