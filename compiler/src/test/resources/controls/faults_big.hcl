# A 50 MB body: read to its end, kept up to the client's max_body.
variable "url" {
  type = string
}
step "http_request" "big" {
  arguments { url = var.url }
}
step "print" "sizes" {
  arguments {
    input = [step.http_request.big.output.body_bytes, length(step.http_request.big.output.body) + step.http_request.big.output.discarded_bytes]
  }
}
