step "print" "a" {
  arguments {
    input = [file("../../../../pom.xml"), file("missing.txt"), file(local.x), templatefile("raw.txt")]
  }
}

# error: 3:19: Invalid file() call
# error: 3:48: Invalid file() call
# error: 3:69: Invalid file() call
# error: 3:79: Invalid templatefile() call
