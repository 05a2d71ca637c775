step "print" "a" {
  uses {
    client = resource.http_client.missing
  }
  arguments { input = 1 }
}

# error: 3:5: Unsupported uses entry
