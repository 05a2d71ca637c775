# A session: /login sets cookies, /me on the same client sends them back; another client and a
# client with cookies = false send none.
variable "base_url" {
  type = string
}

resource "http_client" "session" {}

resource "http_client" "other" {}

resource "http_client" "no_cookies" {
  arguments {
    cookies = false
  }
}

step "http_request" "login" {
  uses { client = resource.http_client.session }
  arguments {
    url    = "${var.base_url}/login"
    method = "POST"
  }
}

step "http_request" "me" {
  uses { client = resource.http_client.session }
  arguments { url = "${var.base_url}/me" }
  depends_on = ["http_request.login"]
}

step "http_request" "login_no_cookies" {
  uses { client = resource.http_client.no_cookies }
  arguments {
    url    = "${var.base_url}/login"
    method = "POST"
  }
  depends_on = ["http_request.me"]
}

step "http_request" "me_no_cookies" {
  uses { client = resource.http_client.no_cookies }
  arguments { url = "${var.base_url}/me" }
  depends_on = ["http_request.login_no_cookies"]
}

step "http_request" "me_elsewhere" {
  uses { client = resource.http_client.other }
  arguments { url = "${var.base_url}/me" }
  depends_on = ["http_request.me_no_cookies"]
}

step "print" "set_cookies" {
  arguments { input = step.http_request.login.output.headers_all["set-cookie"] }
}

step "print" "session" {
  arguments { input = step.http_request.me.output.body }
}

step "print" "no_cookies" {
  arguments { input = step.http_request.me_no_cookies.output.body }
}

step "print" "elsewhere" {
  arguments { input = step.http_request.me_elsewhere.output.body }
}
