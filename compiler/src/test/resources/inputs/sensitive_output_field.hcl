step "test_login" "l" {
  arguments { user = "ann" }
}

locals {
  header = "Bearer ${step.test_login.l.output.token}"
}

step "print" "whole" {
  arguments { input = step.test_login.l.output }
}

step "print" "header" {
  arguments { input = local.header }
}

step "print" "user" {
  arguments { input = step.test_login.l.output.user }
}
