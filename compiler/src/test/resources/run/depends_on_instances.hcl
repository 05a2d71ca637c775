# Two instances of a ten-instance group are named: the dependent starts as soon as those two end.
step "sleep" "s" {
  count = 10
  arguments { duration = count.index < 2 ? "20ms" : "1500ms" }
}

step "print" "after" {
  depends_on = ["sleep.s[0]", "sleep.s[1]"]
  arguments { input = "after s[0] and s[1]" }
}
