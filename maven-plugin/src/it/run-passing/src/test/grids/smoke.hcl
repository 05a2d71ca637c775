variable "greeting" {
  type = string
}
variable "target" {
  type    = string
  default = "nobody"
}
variable "count" {
  type    = number
  default = 1
}
step "print" "hello" {
  arguments { input = "${var.greeting} ${var.target} x${var.count}" }
}
