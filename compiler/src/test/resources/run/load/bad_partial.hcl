scenario "browsers" {
  executor = "shared-iterations"
  steps    = [step.print.brows, "print.browse"]
}

step "print" "browse" {
  arguments {
    input = "browse"
  }
}
