step "print" "a" {
  uses {
    client = resource.http_client.missing
  }
  arguments { input = 1 }
}
