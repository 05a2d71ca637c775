# Every path of `bggoc serve`, from a grid.
variable "base_url" {
  type = string
}

resource "http_client" "target" {}

step "http_request" "root" {
  uses { client = resource.http_client.target }
  arguments { url = "${var.base_url}/" }
}

step "http_request" "json" {
  uses { client = resource.http_client.target }
  arguments { url = "${var.base_url}/json" }
}

step "http_request" "delay" {
  uses { client = resource.http_client.target }
  arguments { url = "${var.base_url}/delay/50" }
}

step "http_request" "status" {
  uses { client = resource.http_client.target }
  arguments { url = "${var.base_url}/status/503" }
}

step "http_request" "post" {
  uses { client = resource.http_client.target }
  arguments {
    url    = "${var.base_url}/json"
    method = "POST"
    json   = { hello = "target" }
  }
}

step "http_request" "missing" {
  uses { client = resource.http_client.target }
  arguments { url = "${var.base_url}/nowhere" }
}

step "print" "answers" {
  arguments {
    input = {
      root    = step.http_request.root.output.body
      json    = step.http_request.json.output.json.ok
      delay   = step.http_request.delay.output.json.delay_ms
      status  = step.http_request.status.output.status_code
      post    = step.http_request.post.output.status_code
      missing = step.http_request.missing.output.status_code
      waited  = step.http_request.delay.output.duration_ms >= 50
    }
  }
}
