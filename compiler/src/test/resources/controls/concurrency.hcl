variable "base_url" {
  type = string
}
step "http_request" "fan" {
  count       = 20
  concurrency = 3
  arguments { url = "${var.base_url}/slow" }
}
