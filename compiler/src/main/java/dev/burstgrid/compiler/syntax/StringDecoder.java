package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.diag.Diagnostics;
import java.text.Normalizer;

/**
 * Decodes the raw text of a template literal: backslash escapes (quoted templates only),
 * {@code $${} and {@code %%{}, then Unicode NFC normalization as HCL does for literals.
 * Bad escapes are reported at their exact position and decoded as written.
 */
final class StringDecoder {
  private final PositionIndex index;
  private final Diagnostics diags;

  StringDecoder(PositionIndex index, Diagnostics diags) {
    this.index = index;
    this.diags = diags;
  }

  String decode(Token token, boolean quoted) {
    String src = index.file().text();
    int end = token.end();
    StringBuilder out = new StringBuilder(end - token.start());
    int p = token.start();
    while (p < end) {
      char c = src.charAt(p);
      if ((c == '$' || c == '%') && p + 2 < end && src.charAt(p + 1) == c
          && src.charAt(p + 2) == '{') {
        out.append(c).append('{');
        p += 3;
      } else if (c == '\\' && quoted) {
        p = decodeEscape(src, p, end, out);
      } else {
        out.append(c);
        p++;
      }
    }
    String s = out.toString();
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Decodes the escape at {@code p} (a backslash); returns the offset after it. */
  private int decodeEscape(String src, int p, int end, StringBuilder out) {
    if (p + 1 >= end) {
      invalid(p, p + 1, "A backslash must be followed by an escape sequence selector. To"
          + " include a literal backslash, write \"\\\\\".");
      out.append('\\');
      return p + 1;
    }
    char sel = src.charAt(p + 1);
    switch (sel) {
      case 'n':
        out.append('\n');
        return p + 2;
      case 'r':
        out.append('\r');
        return p + 2;
      case 't':
        out.append('\t');
        return p + 2;
      case '"':
        out.append('"');
        return p + 2;
      case '\\':
        out.append('\\');
        return p + 2;
      case 'u':
        return decodeUnicode(src, p, end, 4, out);
      case 'U':
        return decodeUnicode(src, p, end, 8, out);
      default:
        int n = Character.charCount(src.codePointAt(p + 1));
        invalid(p, p + 1 + n, "The symbol \"" + src.substring(p + 1, p + 1 + n) + "\" is not a"
            + " valid escape sequence selector. Valid escapes are \\n \\r \\t \\\" \\\\ \\uNNNN"
            + " and \\UNNNNNNNN; to include a literal backslash, write \"\\\\\".");
        out.append(src, p, p + 1 + n);
        return p + 1 + n;
    }
  }

  private int decodeUnicode(String src, int p, int end, int digits, StringBuilder out) {
    int q = p + 2;
    int value = 0;
    int count = 0;
    while (count < digits && q < end && Character.digit(src.charAt(q), 16) >= 0) {
      value = value * 16 + Character.digit(src.charAt(q), 16);
      q++;
      count++;
    }
    if (count < digits) {
      invalid(p, q, "The \\" + src.charAt(p + 1) + " escape must be followed by exactly "
          + digits + " hexadecimal digits.");
      out.append(src, p, q);
      return q;
    }
    if (value < 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
      invalid(p, q, "The escape sequence " + src.substring(p, q) + " is not a valid Unicode"
          + " character.");
      out.append(src, p, q);
      return q;
    }
    out.appendCodePoint(value);
    return q;
  }

  private void invalid(int start, int end, String detail) {
    diags.error("syntax/invalid-escape", index.range(start, end), "Invalid escape sequence",
        detail);
  }
}
