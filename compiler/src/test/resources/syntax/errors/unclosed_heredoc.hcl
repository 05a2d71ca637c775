# error: 2:5: Unterminated heredoc
a = <<EOT
foo
  EOTX
