package dev.burstgrid.compiler.syntax;

/** Character classes of the spec: identifiers per UAX #31 and Unicode white space. */
final class UnicodeChars {
  private UnicodeChars() {}

  static boolean isIdentStart(int cp) {
    return cp == '_' || Character.isUnicodeIdentifierStart(cp);
  }

  static boolean isIdentPart(int cp) {
    return cp == '-'
        || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
  }

  /** White space as Unicode (and Go's {@code unicode.IsSpace}) define it; used by strip markers. */
  static boolean isSpace(int cp) {
    switch (cp) {
      case '\t':
      case '\n':
      case 0x0B:
      case '\f':
      case '\r':
      case 0x85:
        return true;
      default:
        return Character.isSpaceChar(cp);
    }
  }

  static String trimLeadingSpace(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(i);
  }

  static String trimTrailingSpace(String s) {
    int i = s.length();
    while (i > 0) {
      int cp = s.codePointBefore(i);
      if (!isSpace(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return s.substring(0, i);
  }

  /** The number of leading white-space code points of {@code s}. */
  static int leadingSpaceCount(String s) {
    int count = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        break;
      }
      count++;
      i += Character.charCount(cp);
    }
    return count;
  }
}
