# Runs in `mvn verify`: the project's own runner (slug) feeds a built-in one (cmd), and print
# shows the result. The title comes from <variables> in the pom, or -Dbggo.var.title=….
variable "title" {
  type = string
}

step "slug" "post" {
  arguments { title = var.title }
}

step "cmd" "path" {
  arguments { command = ["echo", "/posts/${step.slug.post.output.slug}"] }
}

step "print" "published" {
  arguments { input = trimspace(step.cmd.path.output.stdout) }
}
