step "print" "burst" {
  count = 20000
  arguments { input = count.index == 3000 ? tonumber("not a number") : count.index }
}
