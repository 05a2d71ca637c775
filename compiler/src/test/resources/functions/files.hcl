# file, fileexists and templatefile read under the grid's directory when the grid is compiled.
locals {
  raw = file("raw.txt")
}

step "print" "raw" {
  arguments { input = local.raw }
}

step "print" "greeting" {
  arguments { input = templatefile("greet.tpl", { name = step.print.raw.output.input, items = [1, 2] }) }
}

step "print" "exists" {
  arguments { input = [fileexists("raw.txt"), fileexists("nope.txt")] }
}
