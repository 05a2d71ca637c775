# try() around a read of one count-group instance: the read may fail lazily.
step "print" "x" {
  count = 2
  arguments {
    input = count.index
  }
}
step "print" "y" {
  arguments {
    input = try(step.print.x[1].output.input, "none")
  }
}
