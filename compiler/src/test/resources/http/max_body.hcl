variable "base_url" {
  type = string
}

resource "http_client" "small" {
  arguments {
    max_body = "1KB"
  }
}

step "http_request" "big" {
  uses { client = resource.http_client.small }
  arguments { url = "${var.base_url}/big" }
}

step "http_request" "big_allowed" {
  uses { client = resource.http_client.small }
  arguments {
    url      = "${var.base_url}/big"
    max_body = "2MB"
  }
  depends_on = ["http_request.big"]
}

step "print" "big" {
  arguments {
    input = {
      kept      = length(step.http_request.big.output.body)
      bytes     = step.http_request.big.output.body_bytes
      discarded = step.http_request.big.output.discarded_bytes
    }
  }
}

step "print" "big_allowed" {
  arguments {
    input = {
      kept      = length(step.http_request.big_allowed.output.body)
      discarded = step.http_request.big_allowed.output.discarded_bytes
    }
  }
}
