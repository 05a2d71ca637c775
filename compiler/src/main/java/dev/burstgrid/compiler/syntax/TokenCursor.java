package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.Range;
import java.util.List;

/**
 * The parser's view of the token list: peek/advance/match helpers, whether newlines are
 * currently significant (they are in bodies and object constructors, not inside brackets,
 * parentheses or interpolations), the partner of every bracket for recovery, and error
 * reporting.
 */
final class TokenCursor {
  /** How far down the open-bracket stack a closer may look for its partner. */
  private static final int PARTNER_SEARCH_LIMIT = 8;

  private final Token[] tokens;
  private final int[] partner;
  private final String src;
  private final PositionIndex index;
  private final Diagnostics diags;
  private int current;
  private boolean[] newlines = new boolean[32];
  private int newlinesTop;

  TokenCursor(List<Token> tokens, PositionIndex index, Diagnostics diags, boolean significant) {
    this.tokens = tokens.toArray(new Token[0]);
    this.partner = pairBrackets(this.tokens);
    this.src = index.file().text();
    this.index = index;
    this.diags = diags;
    newlines[0] = significant;
  }

  // ---- movement ----

  /** The next token, skipping newlines where they are not significant. */
  Token peek() {
    if (!newlines[newlinesTop]) {
      while (tokens[current].type() == TokenType.NEWLINE) {
        current++;
      }
    }
    return tokens[current];
  }

  Token advance() {
    Token t = peek();
    if (t.type() != TokenType.EOF) {
      current++;
    }
    return t;
  }

  boolean check(TokenType type) {
    return peek().type() == type;
  }

  boolean match(TokenType type) {
    if (check(type)) {
      advance();
      return true;
    }
    return false;
  }

  /** True if the next token is the identifier {@code word} (a contextual keyword). */
  boolean checkKeyword(String word) {
    return isKeyword(peek(), word);
  }

  boolean isKeyword(Token t, String word) {
    return t.type() == TokenType.IDENT && t.end() - t.start() == word.length()
        && src.startsWith(word, t.start());
  }

  /** The token after the next one, ignoring newline significance (for two-token lookahead). */
  Token peekSecond() {
    peek();
    int i = Math.min(current + 1, tokens.length - 1);
    return tokens[i];
  }

  int position() {
    return current;
  }

  void seek(int position) {
    current = position;
  }

  Token tokenAt(int position) {
    return tokens[position];
  }

  /** The index of the bracket pairing with the one at {@code position}, or -1. */
  int partnerOf(int position) {
    return partner[position];
  }

  // ---- newline significance ----

  void pushNewlines(boolean significant) {
    if (++newlinesTop == newlines.length) {
      newlines = java.util.Arrays.copyOf(newlines, newlinesTop * 2);
    }
    newlines[newlinesTop] = significant;
  }

  void popNewlines() {
    newlinesTop--;
  }

  int newlinesDepth() {
    return newlinesTop;
  }

  void restoreNewlines(int depth) {
    newlinesTop = depth;
  }

  // ---- text and ranges ----

  String text(Token t) {
    return src.substring(t.start(), t.end());
  }

  Range range(Token t) {
    return index.range(t);
  }

  Range range(Token first, Token last) {
    return index.range(first, last);
  }

  Range range(int start, int end) {
    return index.range(start, end);
  }

  PositionIndex index() {
    return index;
  }

  Diagnostics diags() {
    return diags;
  }

  // ---- errors ----

  /**
   * Reports a syntax error at {@code at} (unless it is an invalid character the lexer already
   * reported) and returns the exception that unwinds to the nearest recovery point.
   */
  ParseError fail(Token at, String code, String summary, String detail) {
    boolean reported = at.type() == TokenType.INVALID || (at.type() == TokenType.EOF && at.flag());
    return fail(range(at), reported, code, summary, detail);
  }

  ParseError fail(Range subject, boolean alreadyReported, String code, String summary,
      String detail) {
    if (!alreadyReported) {
      diags.error(code, subject, summary, detail);
    }
    return ParseError.INSTANCE;
  }

  void error(Range subject, String code, String summary, String detail) {
    diags.error(code, subject, summary, detail);
  }

  /** A description of a token for messages: its text, or what it stands for. */
  String describe(Token t) {
    switch (t.type()) {
      case EOF:
        return "the end of the file";
      case NEWLINE:
        return "a newline";
      case OPEN_QUOTE:
      case TEMPLATE_LITERAL:
        return "a string";
      case OPEN_HEREDOC:
        return "a heredoc";
      case NUMBER:
        return "the number " + text(t);
      default:
        return "\"" + text(t) + "\"";
    }
  }

  // ---- bracket pairing ----

  private static int[] pairBrackets(Token[] tokens) {
    int[] partner = new int[tokens.length];
    java.util.Arrays.fill(partner, -1);
    int[] stack = new int[64];
    int top = 0;
    for (int i = 0; i < tokens.length; i++) {
      TokenType type = tokens[i].type();
      if (isOpener(type)) {
        if (top == stack.length) {
          stack = java.util.Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = i;
      } else if (type == TokenType.NEWLINE) {
        // A quoted template never spans lines: one still open here was left unterminated.
        while (top > 0 && tokens[stack[top - 1]].type() == TokenType.OPEN_QUOTE) {
          top--;
        }
      } else if (isCloser(type)) {
        for (int d = top - 1; d >= Math.max(0, top - PARTNER_SEARCH_LIMIT); d--) {
          if (pairs(tokens[stack[d]].type(), type)) {
            partner[i] = stack[d];
            partner[stack[d]] = i;
            top = d;
            break;
          }
        }
      }
    }
    return partner;
  }

  private static boolean isOpener(TokenType t) {
    return t == TokenType.LBRACE || t == TokenType.LBRACK || t == TokenType.LPAREN
        || t == TokenType.TEMPLATE_INTERP || t == TokenType.TEMPLATE_CONTROL
        || t == TokenType.OPEN_QUOTE || t == TokenType.OPEN_HEREDOC;
  }

  private static boolean isCloser(TokenType t) {
    return t == TokenType.RBRACE || t == TokenType.RBRACK || t == TokenType.RPAREN
        || t == TokenType.TEMPLATE_SEQ_END || t == TokenType.CLOSE_QUOTE
        || t == TokenType.CLOSE_HEREDOC;
  }

  private static boolean pairs(TokenType open, TokenType close) {
    switch (close) {
      case RBRACE:
        return open == TokenType.LBRACE;
      case RBRACK:
        return open == TokenType.LBRACK;
      case RPAREN:
        return open == TokenType.LPAREN;
      case TEMPLATE_SEQ_END:
        return open == TokenType.TEMPLATE_INTERP || open == TokenType.TEMPLATE_CONTROL;
      case CLOSE_QUOTE:
        return open == TokenType.OPEN_QUOTE;
      default:
        return open == TokenType.OPEN_HEREDOC;
    }
  }
}
