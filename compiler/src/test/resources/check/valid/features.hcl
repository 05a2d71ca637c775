# Exercises most of the grid language in one valid file.
variable "base_url" {
  type        = string
  default     = "http://127.0.0.1:8080"
  description = "Where the service under test listens."
}

variable "users" {
  type    = list(object({ name = string, admin = optional(bool) }))
  default = [{ name = "ann" }, { name = "bob", admin = true }]
}

locals {
  n       = 3
  headers = { "X-Run" = "check" }
  names   = [for u in var.users : upper(u.name)]
}

resource "http_client" "shared" {
  arguments {
    timeout         = "45s"
    max_connections = local.n * 10
  }
}

step "http_request" "first" {
  uses = { client = resource.http_client.shared }
  arguments {
    url     = "${var.base_url}/get"
    headers = local.headers
  }
}

step "http_request" "fan" {
  count = local.n
  uses {
    client = resource.http_client.shared
  }
  arguments {
    url    = "${var.base_url}/delay/${count.index + 1}"
    method = count.index % 2 == 0 ? "GET" : "POST"
    query  = { attempt = tostring(count.index) }
  }
  depends_on = ["http_request.first"]
}

step "http_request" "per_user" {
  for_each = { for u in var.users : u.name => u }
  arguments {
    url  = "${var.base_url}/users/${each.key}"
    json = { admin = each.value.admin == true, index = step.http_request.fan[0].output.status_code }
  }
}

step "print" "codes" {
  arguments {
    input = {
      codes  = step.http_request.fan[*].output.status_code
      first  = step.http_request.first.output.body
      names  = local.names
      pretty = <<-EOT
        %{ for n in local.names ~}
        - ${n}
        %{ endfor ~}
      EOT
    }
  }
  depends_on = [step.http_request.per_user, "step.http_request.fan[2]"]
}

step "cmd" "echo" {
  arguments {
    command = ["echo", jsonencode(step.print.codes.output.input.codes)]
  }
}

output "codes" {
  value = step.http_request.fan[*].output.status_code
}
