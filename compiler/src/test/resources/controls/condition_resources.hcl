# An instance skipped by its if neither starts nor creates a resource for itself.
variable "base_url" {
  type = string
}
variable "enabled" {
  type    = bool
  default = false
}
resource "http_client" "only_maybe" {}
resource "http_client" "only_group" {}
resource "http_client" "shared" {}
step "http_request" "maybe" {
  if = var.enabled
  uses { client = resource.http_client.only_maybe }
  arguments { url = "${var.base_url}/slow" }
}
step "http_request" "odd" {
  count = 4
  if    = count.index % 2 == 1
  uses { client = resource.http_client.shared }
  arguments { url = "${var.base_url}/slow" }
}
step "http_request" "group" {
  count = 3
  if    = var.enabled
  uses { client = resource.http_client.only_group }
  arguments { url = "${var.base_url}/slow" }
}
