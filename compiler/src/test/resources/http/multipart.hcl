variable "base_url" {
  type = string
}

variable "upload" {
  type    = string
  default = "upload.txt"
}

step "http_request" "upload" {
  arguments {
    url    = "${var.base_url}/upload"
    method = "POST"
    multipart = [
      { name = "title", value = "quarterly report" },
      { name = "doc", file = var.upload, content_type = "text/plain" },
      { name = "blob", file = var.upload, filename = "renamed.bin" },
    ]
  }
}

step "print" "parsed" {
  arguments { input = step.http_request.upload.output.body }
}
