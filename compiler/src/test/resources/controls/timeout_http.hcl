variable "base_url" {
  type = string
}
step "http_request" "hung" {
  timeout = "500ms"
  arguments { url = "${var.base_url}/hang" }
}
