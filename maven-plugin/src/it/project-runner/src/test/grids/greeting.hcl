step "greet" "maven" {
  arguments { name = "Maven" }
}
step "print" "message" {
  arguments { input = step.greet.maven.output.message }
}
