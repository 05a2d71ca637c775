package dev.burstgrid.compiler.codegen;

/**
 * Breaks generated Java source so that no line is longer than {@link #LIMIT} characters, except
 * where a single string literal makes it so: a long line is split after a {@code ", "} or before a
 * {@code " + "}, {@code " ? "}, {@code " : "}, {@code " && "} or {@code " || "} outside literals and
 * comments, or, where a piece has none of those (nested calls), after an opening parenthesis; its
 * continuations are indented eight more spaces.
 */
final class JavaLines {
  static final int LIMIT = 120;
  private static final String CONTINUATION = "        ";
  /** Operators a line may be broken before. */
  private static final String[] BEFORE = {" + ", " ? ", " : ", " && ", " || "};

  private JavaLines() {}

  static String wrap(String source) {
    StringBuilder out = new StringBuilder(source.length() + source.length() / 16);
    int from = 0;
    while (from < source.length()) {
      int end = source.indexOf('\n', from);
      if (end < 0) {
        end = source.length();
      }
      String line = source.substring(from, end);
      if (line.length() > LIMIT && !isComment(line)) {
        wrapLine(line, out);
      } else {
        out.append(line);
      }
      if (end < source.length()) {
        out.append('\n');
      }
      from = end + 1;
    }
    return out.toString();
  }

  private static boolean isComment(String line) {
    String t = line.stripLeading();
    return t.startsWith("//") || t.startsWith("*") || t.startsWith("/*") && !t.contains("*/");
  }

  /** Greedy: each piece runs to the last break point that keeps it within the limit. */
  private static void wrapLine(String line, StringBuilder out) {
    String indent = line.substring(0, line.length() - line.stripLeading().length()) + CONTINUATION;
    int start = 0;
    int width = 0;
    int lastBreak = -1;
    int lastParen = -1;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      int next = i + 1;
      int candidate = -1;
      if (c == '"' || c == '\'') {
        next = endOfLiteral(line, i, c);
      } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        break;
      } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
        int close = line.indexOf("*/", i + 2);
        next = close < 0 ? line.length() : close + 2;
      } else if (c == ',' && line.startsWith(", ", i)) {
        candidate = i + 2;
      } else if (c == ' ' && isOperatorAt(line, i)) {
        candidate = i + 1;
      } else if (c == '(' && i + 1 < line.length() && line.charAt(i + 1) != ')') {
        lastParen = i + 1;
      }
      int at = lastBreak > start ? lastBreak : lastParen;
      if (width + (next - start) > LIMIT && at > start) {
        out.append(line, start, at).setLength(trimEnd(out));
        out.append('\n').append(indent);
        width = indent.length();
        start = at;
        continue;
      }
      if (candidate > 0) {
        lastBreak = candidate;
      }
      i = next;
    }
    out.append(line, start, line.length());
  }

  private static boolean isOperatorAt(String line, int i) {
    for (String op : BEFORE) {
      if (line.startsWith(op, i)) {
        return true;
      }
    }
    return false;
  }

  private static int trimEnd(StringBuilder sb) {
    int n = sb.length();
    while (n > 0 && sb.charAt(n - 1) == ' ') {
      n--;
    }
    return n;
  }

  /** The index after the literal that opens at {@code open}. */
  private static int endOfLiteral(String line, int open, char quote) {
    for (int i = open + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i + 1;
      }
    }
    return line.length();
  }
}
