package dev.burstgrid.compiler.syntax;

/**
 * Unwinds the parser to the nearest recovery point after a syntax error has been reported.
 * Never escapes the package; carries no stack trace since it is control flow.
 */
final class ParseError extends RuntimeException {
  static final ParseError INSTANCE = new ParseError();

  private ParseError() {
    super("syntax error", null, false, false);
  }
}
