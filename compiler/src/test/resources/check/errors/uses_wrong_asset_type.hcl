resource "test_conn" "conn" {}

resource "http_client" "web" {}

step "http_request" "a" {
  uses {
    client = resource.test_conn.conn
  }
  arguments { url = "http://127.0.0.1:1/" }
}

step "http_request" "b" {
  uses {
    client = "resource.http_client.web"
    clint  = resource.http_client.web
  }
  arguments { url = "http://127.0.0.1:1/" }
}

# error: 7:14: Wrong resource type in uses
# error: 14:14: Invalid uses entry
# error: 15:5: Unsupported uses entry
