package dev.burstgrid.compiler.syntax;

/** The kinds of token the {@link Lexer} produces. */
enum TokenType {
  IDENT,
  NUMBER,
  LBRACE,
  RBRACE,
  LBRACK,
  RBRACK,
  LPAREN,
  RPAREN,
  COMMA,
  DOT,
  ELLIPSIS,
  COLON,
  DOUBLE_COLON,
  QUESTION,
  EQUAL,
  FAT_ARROW,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  PERCENT,
  EQUAL_EQUAL,
  NOT_EQUAL,
  BANG,
  LESS,
  LESS_EQUAL,
  GREATER,
  GREATER_EQUAL,
  AND,
  OR,
  NEWLINE,
  /** {@code "} opening a quoted template. */
  OPEN_QUOTE,
  /** {@code "} closing a quoted template. */
  CLOSE_QUOTE,
  /** {@code <<EOT} or {@code <<-EOT} plus its newline; {@code flag} means flush. */
  OPEN_HEREDOC,
  /** The heredoc's closing marker line (leading spaces included, newline excluded). */
  CLOSE_HEREDOC,
  /** Raw template text, escapes not yet decoded. In heredocs, at most one line. */
  TEMPLATE_LITERAL,
  /** {@code ${} or {@code ${~}; {@code flag} means strip. */
  TEMPLATE_INTERP,
  /** {@code %{} or {@code %{~}; {@code flag} means strip. */
  TEMPLATE_CONTROL,
  /** The {@code }} or {@code ~}} ending an interpolation or directive; {@code flag} = strip. */
  TEMPLATE_SEQ_END,
  /** Characters that start no token; already reported by the lexer. */
  INVALID,
  /** The end of input; {@code flag} means the lexer already reported why it ended early. */
  EOF
}
