package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits HCL native syntax into tokens in one left-to-right pass. A stack of modes tracks
 * what the next character belongs to: ordinary expression text (inside braces or an
 * interpolation), a quoted template or a heredoc. Characters that start no token, invalid
 * encodings and unterminated comments are reported here; everything structural is left to
 * the {@link Parser}.
 */
final class Lexer {
  /** After this many invalid-character reports, the rest are summarised in one. */
  private static final int MAX_CHARACTER_ERRORS = 50;

  private enum ModeKind {
    BRACE,
    INTERPOLATION,
    QUOTED,
    HEREDOC
  }

  private static final class Mode {
    final ModeKind kind;
    final String marker;
    boolean atLineStart;

    Mode(ModeKind kind, String marker) {
      this.kind = kind;
      this.marker = marker;
      this.atLineStart = kind == ModeKind.HEREDOC;
    }
  }

  private final String src;
  private final PositionIndex index;
  private final Diagnostics diags;
  private final List<Token> tokens = new ArrayList<>();
  private final Deque<Mode> modes = new ArrayDeque<>();
  private int pos;
  private int characterErrors;
  /** Set when the file ends inside a comment already reported, so EOF needs no more errors. */
  private boolean endAlreadyReported;

  Lexer(PositionIndex index, Diagnostics diags) {
    this.index = index;
    this.src = index.file().text();
    this.diags = diags;
  }

  /**
   * A lexer for a whole file that is one template ({@code templatefile}): heredoc content
   * without opener or marker, closed by a zero-width {@link TokenType#CLOSE_HEREDOC} at the end.
   */
  static Lexer forTemplate(PositionIndex index, Diagnostics diags) {
    Lexer lexer = new Lexer(index, diags);
    lexer.modes.push(new Mode(ModeKind.HEREDOC, null));
    return lexer;
  }

  /** All tokens of the file; the last is always {@link TokenType#EOF}. */
  List<Token> tokenize() {
    if (src.startsWith("\uFEFF")) {
      characterError(0, 1, "Invalid character", 0xFEFF);
      pos = 1;
    }
    while (true) {
      Mode mode = modes.peek();
      if (mode != null && mode.kind == ModeKind.QUOTED) {
        lexQuoted();
      } else if (mode != null && mode.kind == ModeKind.HEREDOC) {
        lexHeredoc(mode);
      } else if (!lexNormal()) {
        break;
      }
    }
    if (characterErrors > MAX_CHARACTER_ERRORS) {
      diags.error("syntax/invalid-character", index.range(src.length(), src.length()),
          "Too many invalid characters", (characterErrors - MAX_CHARACTER_ERRORS)
              + " further invalid characters were not reported. Is this a text file?");
    }
    return tokens;
  }

  // ---- ordinary mode ----

  /** Lexes one token; false once EOF has been emitted. */
  private boolean lexNormal() {
    skipSpaceAndComments();
    if (pos >= src.length()) {
      tokens.add(new Token(TokenType.EOF, pos, pos, endAlreadyReported));
      return false;
    }
    int start = pos;
    char c = src.charAt(pos);
    if (c == '\n' || (c == '\r' && peekChar(1) == '\n')) {
      pos += c == '\n' ? 1 : 2;
      add(TokenType.NEWLINE, start, pos);
    } else if (c >= '0' && c <= '9') {
      lexNumber();
    } else if (UnicodeChars.isIdentStart(src.codePointAt(pos))) {
      pos = identEnd(pos);
      add(TokenType.IDENT, start, pos);
    } else if (c == '"') {
      pos++;
      add(TokenType.OPEN_QUOTE, start, pos);
      modes.push(new Mode(ModeKind.QUOTED, null));
    } else if (c == '<' && peekChar(1) == '<' && tryHeredocOpener()) {
      return true;
    } else if (!lexPunctuation(c)) {
      lexInvalid();
    }
    return true;
  }

  private boolean lexPunctuation(char c) {
    int start = pos;
    char n = peekChar(1);
    switch (c) {
      case '{':
        modes.push(new Mode(ModeKind.BRACE, null));
        return single(TokenType.LBRACE);
      case '}':
        return closeBrace(start, false);
      case '~':
        return n == '}' && topIs(ModeKind.INTERPOLATION) && closeBrace(start, true);
      case '[':
        return single(TokenType.LBRACK);
      case ']':
        return single(TokenType.RBRACK);
      case '(':
        return single(TokenType.LPAREN);
      case ')':
        return single(TokenType.RPAREN);
      case ',':
        return single(TokenType.COMMA);
      case '?':
        return single(TokenType.QUESTION);
      case '+':
        return single(TokenType.PLUS);
      case '-':
        return single(TokenType.MINUS);
      case '*':
        return single(TokenType.STAR);
      case '/':
        return single(TokenType.SLASH);
      case '%':
        return single(TokenType.PERCENT);
      case '.':
        return src.startsWith("...", pos) ? fixed(TokenType.ELLIPSIS, 3) : single(TokenType.DOT);
      case ':':
        return n == ':' ? fixed(TokenType.DOUBLE_COLON, 2) : single(TokenType.COLON);
      case '=':
        if (n == '=') {
          return fixed(TokenType.EQUAL_EQUAL, 2);
        }
        return n == '>' ? fixed(TokenType.FAT_ARROW, 2) : single(TokenType.EQUAL);
      case '!':
        return n == '=' ? fixed(TokenType.NOT_EQUAL, 2) : single(TokenType.BANG);
      case '<':
        return n == '=' ? fixed(TokenType.LESS_EQUAL, 2) : single(TokenType.LESS);
      case '>':
        return n == '=' ? fixed(TokenType.GREATER_EQUAL, 2) : single(TokenType.GREATER);
      case '&':
        return n == '&' && fixed(TokenType.AND, 2);
      case '|':
        return n == '|' && fixed(TokenType.OR, 2);
      default:
        return false;
    }
  }

  private boolean closeBrace(int start, boolean strip) {
    Mode top = modes.peek();
    pos += strip ? 2 : 1;
    if (top != null && top.kind == ModeKind.INTERPOLATION) {
      modes.pop();
      tokens.add(new Token(TokenType.TEMPLATE_SEQ_END, start, pos, strip));
    } else {
      if (top != null && top.kind == ModeKind.BRACE) {
        modes.pop();
      }
      add(TokenType.RBRACE, start, pos);
    }
    return true;
  }

  private boolean single(TokenType type) {
    return fixed(type, 1);
  }

  private boolean fixed(TokenType type, int length) {
    add(type, pos, pos + length);
    pos += length;
    return true;
  }

  /**
   * {@code NumericLit = decimal+ ("." decimal+)? (expmark decimal+)?}. Like HashiCorp's
   * scanner, further {@code .digits} or exponent groups stay in the token ({@code 1.2.3},
   * {@code 1e3.0}), so the parser rejects them as one malformed number.
   */
  private void lexNumber() {
    int start = pos;
    pos = digitsEnd(pos);
    while (true) {
      char c = peekChar(0);
      if (c == '.' && isDigit(peekChar(1))) {
        pos = digitsEnd(pos + 1);
      } else if (c == 'e' || c == 'E') {
        int p = pos + 1;
        char sign = charAt(p);
        if (sign == '+' || sign == '-') {
          p++;
        }
        if (!isDigit(charAt(p))) {
          break;
        }
        pos = digitsEnd(p);
      } else {
        break;
      }
    }
    add(TokenType.NUMBER, start, pos);
  }

  private int digitsEnd(int p) {
    while (isDigit(charAt(p))) {
      p++;
    }
    return p;
  }

  private int identEnd(int p) {
    p += Character.charCount(src.codePointAt(p));
    while (p < src.length()) {
      int cp = src.codePointAt(p);
      if (!UnicodeChars.isIdentPart(cp)) {
        break;
      }
      p += Character.charCount(cp);
    }
    return p;
  }

  /** {@code <<EOT} or {@code <<-EOT} directly followed by a newline opens a heredoc. */
  private boolean tryHeredocOpener() {
    int p = pos + 2;
    boolean flush = charAt(p) == '-';
    if (flush) {
      p++;
    }
    if (p >= src.length() || !UnicodeChars.isIdentStart(src.codePointAt(p))) {
      return false;
    }
    int markerStart = p;
    p = identEnd(p);
    int markerEnd = p;
    if (charAt(p) == '\r' && charAt(p + 1) == '\n') {
      p += 2;
    } else if (charAt(p) == '\n') {
      p++;
    } else {
      return false;
    }
    tokens.add(new Token(TokenType.OPEN_HEREDOC, pos, p, flush));
    pos = p;
    modes.push(new Mode(ModeKind.HEREDOC, src.substring(markerStart, markerEnd)));
    return true;
  }

  private void lexInvalid() {
    int start = pos;
    while (pos < src.length()) {
      int cp = src.codePointAt(pos);
      if (pos > start && !isInvalidStart(cp)) {
        break;
      }
      pos += Character.charCount(cp);
    }
    add(TokenType.INVALID, start, pos);
    characterError(start, pos, "Invalid character", src.codePointAt(start));
  }

  /** True if {@code cp} would start no valid token, so it extends a run of invalid ones. */
  private boolean isInvalidStart(int cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '"' || cp == '#') {
      return false;
    }
    if ((cp >= '0' && cp <= '9') || UnicodeChars.isIdentStart(cp)) {
      return false;
    }
    return "{}[]()~,?+-*/%.:=!<>&|".indexOf(cp) < 0;
  }

  private static String invalidDetail(int cp) {
    switch (cp) {
      case '\'':
        return "Single quotes are not valid. Use double quotes (\") to enclose strings.";
      case '`':
        return "Backticks are not valid. Use double quotes (\") to enclose strings.";
      case '\\':
        return "A backslash is only valid inside a quoted string, as an escape sequence.";
      case ';':
        return "Semicolons are not valid. Put each argument on its own line.";
      case '$':
        return "A \"${\" interpolation is only valid inside a quoted string or heredoc.";
      case 0:
        return "The file contains a NUL byte. HCL files must be UTF-8 text.";
      case 0xFEFF:
        return "The file starts with a byte order mark, which HCL does not allow. Save the file"
            + " as UTF-8 without a byte order mark.";
      case 0xFFFD:
        return "The file contains bytes that are not valid UTF-8. Save it as UTF-8.";
      default:
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
          return "The file contains an invalid UTF-16 surrogate. Save it as UTF-8.";
        }
        return String.format(
            "This character (U+%04X) is not used within the language. Remove it, or put it"
                + " inside a quoted string.",
            cp);
    }
  }

  private void skipSpaceAndComments() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '#' || (c == '/' && peekChar(1) == '/')) {
        skipLineComment();
      } else if (c == '/' && peekChar(1) == '*') {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  /** A line comment stops before its newline, which then ends the line as usual. */
  private void skipLineComment() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n' || (c == '\r' && peekChar(1) == '\n')) {
        return;
      }
      checkEncoding();
    }
  }

  private void skipBlockComment() {
    int start = pos;
    pos += 2;
    while (pos < src.length()) {
      if (src.charAt(pos) == '*' && peekChar(1) == '/') {
        pos += 2;
        return;
      }
      checkEncoding();
    }
    endAlreadyReported = true;
    diags.error("syntax/unterminated-comment", index.range(start, start + 2),
        "Unterminated comment", "This comment has no closing \"*/\". Add one where the"
            + " comment should end.");
  }

  /** Advances over one code point, reporting it if it is not valid text. */
  private void checkEncoding() {
    int cp = src.codePointAt(pos);
    int n = Character.charCount(cp);
    if (cp == 0 || cp == 0xFFFD || (n == 1 && Character.isSurrogate((char) cp))) {
      characterError(pos, pos + n, "Invalid character encoding", cp);
    }
    pos += n;
  }

  private void characterError(int start, int end, String summary, int codePoint) {
    characterErrors++;
    if (characterErrors <= MAX_CHARACTER_ERRORS) {
      diags.error("syntax/invalid-character", index.range(start, end), summary,
          invalidDetail(codePoint));
    }
  }

  // ---- template modes ----

  private void lexQuoted() {
    int start = pos;
    if (pos >= src.length() || atNewline(pos)) {
      modes.pop(); // unterminated: the parser reports it at the newline or EOF
      return;
    }
    char c = src.charAt(pos);
    if (c == '"') {
      pos++;
      modes.pop();
      add(TokenType.CLOSE_QUOTE, start, pos);
      return;
    }
    if (lexTemplateSequenceStart()) {
      return;
    }
    while (pos < src.length()) {
      c = src.charAt(pos);
      if (c == '"' || atNewline(pos) || atSequenceStart(pos)) {
        break;
      }
      if (c == '\\' && pos + 1 < src.length() && !atNewline(pos + 1)) {
        pos++;
      } else if (isEscapedSequence(pos)) {
        pos += 2;
      }
      checkEncoding();
    }
    add(TokenType.TEMPLATE_LITERAL, start, pos);
  }

  private void lexHeredoc(Mode mode) {
    if (pos >= src.length()) {
      if (mode.marker == null) {
        add(TokenType.CLOSE_HEREDOC, pos, pos); // a template file ends with the file
      }
      modes.pop(); // unterminated: the parser reports it at the opener
      return;
    }
    if (mode.marker != null && mode.atLineStart && tryHeredocCloser(mode)) {
      return;
    }
    if (lexTemplateSequenceStart()) {
      mode.atLineStart = false;
      return;
    }
    int start = pos;
    while (pos < src.length()) {
      if (src.charAt(pos) == '\n') {
        pos++;
        break;
      }
      if (atSequenceStart(pos)) {
        break;
      }
      if (isEscapedSequence(pos)) {
        pos += 2;
      }
      checkEncoding();
    }
    mode.atLineStart = src.charAt(pos - 1) == '\n';
    add(TokenType.TEMPLATE_LITERAL, start, pos);
  }

  /** A line holding only the marker (spaces around it allowed) closes the heredoc. */
  private boolean tryHeredocCloser(Mode mode) {
    int p = pos;
    while (charAt(p) == ' ' || charAt(p) == '\t') {
      p++;
    }
    if (!src.startsWith(mode.marker, p)) {
      return false;
    }
    int end = p + mode.marker.length();
    int after = end;
    while (charAt(after) == ' ' || charAt(after) == '\t') {
      after++;
    }
    if (after < src.length() && !atNewline(after)) {
      return false;
    }
    add(TokenType.CLOSE_HEREDOC, pos, end);
    pos = end;
    modes.pop();
    return true;
  }

  /** {@code ${}, {@code ${~}, {@code %{}, {@code %{~}: pushes an interpolation mode. */
  private boolean lexTemplateSequenceStart() {
    if (!atSequenceStart(pos)) {
      return false;
    }
    int start = pos;
    TokenType type =
        src.charAt(pos) == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL;
    pos += 2;
    boolean strip = peekChar(0) == '~';
    if (strip) {
      pos++;
    }
    tokens.add(new Token(type, start, pos, strip));
    modes.push(new Mode(ModeKind.INTERPOLATION, null));
    return true;
  }

  private boolean atSequenceStart(int p) {
    char c = charAt(p);
    return (c == '$' || c == '%') && charAt(p + 1) == '{';
  }

  /** {@code $${} and {@code %%{} are literal text; the first two characters are skipped. */
  private boolean isEscapedSequence(int p) {
    char c = charAt(p);
    return (c == '$' || c == '%') && charAt(p + 1) == c && charAt(p + 2) == '{';
  }

  private boolean atNewline(int p) {
    char c = charAt(p);
    return c == '\n' || (c == '\r' && charAt(p + 1) == '\n');
  }

  // ---- helpers ----

  private boolean topIs(ModeKind kind) {
    Mode top = modes.peek();
    return top != null && top.kind == kind;
  }

  private void add(TokenType type, int start, int end) {
    tokens.add(new Token(type, start, end, false));
  }

  private char peekChar(int ahead) {
    return charAt(pos + ahead);
  }

  private char charAt(int p) {
    return p < src.length() ? src.charAt(p) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
