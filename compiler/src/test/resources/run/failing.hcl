variable "base_url" {
  type = string
}
resource "http_client" "shared" {
  arguments { timeout = "5s" }
}
step "http_request" "ok" {
  uses { client = resource.http_client.shared }
  arguments { url = "${var.base_url}/get" }
}
step "http_request" "bad" {
  uses { client = resource.http_client.shared }
  arguments {
    url            = "${var.base_url}/status/500"
    fail_on_status = true
  }
  depends_on = ["http_request.ok"]
}
step "print" "after" {
  arguments { input = step.http_request.bad.output.status_code }
}
