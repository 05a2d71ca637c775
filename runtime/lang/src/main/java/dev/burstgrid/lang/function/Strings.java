package dev.burstgrid.lang.function;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the string functions: grapheme clusters, Go's notion of space. */
final class Strings {
  private Strings() {}

  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  /** The user-perceived characters (extended grapheme clusters) of {@code s}. */
  static List<String> graphemes(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = GRAPHEME.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static int graphemeCount(String s) {
    int n = 0;
    Matcher m = GRAPHEME.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Compares by Unicode code point, which is the order of UTF-8 bytes (Go's order). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** White space as Go's {@code unicode.IsSpace} defines it. */
  static boolean isSpace(int c) {
    switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
        return true;
      default:
        return c > 0xFF && Character.isSpaceChar(c);
    }
  }

  static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  static String repeat(char c, int n) {
    return String.valueOf(c).repeat(Math.max(0, n));
  }
}
