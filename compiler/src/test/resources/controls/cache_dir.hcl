# A step that keeps its cached outputs in a directory of its own, beside the grid.
variable "greeting" {
  type    = string
  default = "hello"
}
step "print" "greet" {
  cache     = true
  cache_dir = "greet-cache"
  arguments { input = var.greeting }
}
