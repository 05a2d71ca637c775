variable "base_url" {
  type = string
}
step "http_request" "fan" {
  count = 12
  arguments { url = "${var.base_url}/slow" }
}
