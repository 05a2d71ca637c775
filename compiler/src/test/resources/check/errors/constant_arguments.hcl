# Constant arguments that could only fail at run time are diagnostics at the argument.
resource "http_client" "c" {
  arguments {
    timeout         = "-5s"
    max_connections = 0
  }
}
resource "http_client" "d" {
  arguments { max_connections = 2.5 }
}
step "http_request" "a" {
  uses { client = resource.http_client.c }
  arguments {
    url    = "not a url"
    method = "GE T"
  }
}
step "http_request" "b" {
  uses { client = resource.http_client.d }
  arguments {
    url  = "ftp://127.0.0.1/x"
    body = "x"
    json = { a = 1 }
  }
}
step "http_request" "g" {
  arguments {
    url     = "http://127.0.0.1/x"
    body    = "x"
    timeout = "-1s"
  }
}
step "cmd" "c" {
  arguments {
    command = ["true"]
    timeout = "-1s"
  }
}
step "sleep" "s" {
  arguments { duration = "-1s" }
}
step "http_request" "n" {
  arguments {
    url    = "http://127.0.0.1/x"
    method = 5
  }
}
resource "http_client" "e" {
  arguments { max_connections = 1e12 }
}

# error: 4:23: Invalid duration
# error: 5:23: Invalid argument
# error: 9:33: Invalid argument
# error: 14:14: Invalid argument
# error: 15:14: Invalid argument
# error: 21:12: Invalid argument
# error: 23:12: Invalid argument
# error: 29:15: Invalid argument
# error: 30:15: Invalid duration
# error: 36:15: Invalid duration
# error: 40:26: Invalid duration
# error: 45:14: Invalid argument
# error: 49:33: Invalid argument
