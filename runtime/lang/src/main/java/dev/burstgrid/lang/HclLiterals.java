package dev.burstgrid.lang;

import dev.burstgrid.lang.value.NumberRange;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The constant part of HCL a built grid reads its inputs in, without the compiler: quoted strings
 * (with escapes), heredocs, numbers, {@code true false null}, tuples and objects ({@code =} or
 * {@code :}, commas or newlines), comments. Templates with {@code ${…}}, operators, references and
 * function calls are not constants here; {@code bggoc run} accepts them. Every problem is an
 * {@link IllegalArgumentException} naming the line and column.
 */
public final class HclLiterals {
  private final String text;
  private int pos;

  private HclLiterals(String text) {
    this.text = text;
  }

  /** The value {@code text} holds, as in {@code -var 'm={k = "v"}'}. */
  public static Value value(String text) {
    HclLiterals p = new HclLiterals(text);
    Value v = p.value();
    p.skipSpace(true);
    if (!p.atEnd()) {
      throw p.error("unexpected \"" + p.text.charAt(p.pos) + "\" after the value");
    }
    return v;
  }

  /** The {@code name = value} assignments of a variables file, in order. */
  public static Map<String, Value> assignments(String text) {
    HclLiterals p = new HclLiterals(text);
    Map<String, Value> out = new LinkedHashMap<>();
    for (p.skipSpace(true); !p.atEnd(); p.skipSpace(true)) {
      String name = p.identifier();
      if (name == null) {
        throw p.error("expected NAME = VALUE");
      }
      p.skipSpace(false);
      p.expect('=');
      out.put(name, p.value());
      p.skipSpace(false);
      if (!p.atEnd() && p.peek() != '\n') {
        throw p.error("expected a new line after the value of " + name);
      }
    }
    return out;
  }

  private Value value() {
    skipSpace(true);
    if (atEnd()) {
      throw error("expected a value");
    }
    char c = peek();
    if (c == '"') {
      return Value.string(quoted());
    } else if (c == '<' && text.startsWith("<<", pos)) {
      return Value.string(heredoc());
    } else if (c == '[') {
      return tuple();
    } else if (c == '{') {
      return object();
    } else if (c == '-' || Character.isDigit(c)) {
      return number();
    }
    int start = pos;
    String word = identifier();
    if ("true".equals(word) || "false".equals(word)) {
      return Value.bool(word.equals("true"));
    } else if ("null".equals(word)) {
      return Value.nullOf(dev.burstgrid.lang.value.Type.ANY);
    }
    pos = start;
    throw error(word == null ? "expected a value" : "\"" + word + "\" is not a constant; quote a string: \""
        + word + "\"");
  }

  private Value tuple() {
    pos++;
    List<Value> items = new ArrayList<>();
    for (skipSpace(true); !atEnd() && peek() != ']'; skipSpace(true)) {
      items.add(value());
      skipSpace(true);
      if (!atEnd() && peek() == ',') {
        pos++;
      } else if (!atEnd() && peek() != ']') {
        throw error("expected \",\" or \"]\"");
      }
    }
    expect(']');
    return new Value.TupleValue(items);
  }

  private Value object() {
    pos++;
    TreeMap<String, Value> attrs = new TreeMap<>();
    for (skipSpace(true); !atEnd() && peek() != '}'; skipSpace(true)) {
      String key = peek() == '"' ? quoted() : identifier();
      if (key == null) {
        throw error("expected an attribute name");
      }
      skipSpace(false);
      if (atEnd() || (peek() != '=' && peek() != ':')) {
        throw error("expected \"=\" after " + key);
      }
      pos++;
      if (attrs.put(key, value()) != null) {
        throw error("the key \"" + key + "\" is given twice");
      }
      skipSpace(false);
      if (!atEnd() && (peek() == ',' || peek() == '\n')) {
        pos++;
      } else if (!atEnd() && peek() != '}') {
        throw error("expected \",\", a new line or \"}\"");
      }
    }
    expect('}');
    return new Value.ObjectValue(attrs);
  }

  private Value number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    while (!atEnd() && (Character.isDigit(peek()) || peek() == '.' || peek() == 'e' || peek() == 'E'
        || ((peek() == '+' || peek() == '-') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
      pos++;
    }
    String digits = text.substring(start, pos);
    try {
      BigDecimal n = new BigDecimal(digits);
      if (!NumberRange.contains(n)) {
        throw error(NumberRange.explain(digits));
      }
      return Value.number(n);
    } catch (NumberFormatException e) {
      pos = start;
      throw error(digits.matches("-?[0-9.]+[eE][+-]?[0-9]+") ? NumberRange.explain(digits)
          : "\"" + digits + "\" is not a number");
    }
  }

  private String quoted() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (!atEnd() && peek() != '"') {
      char c = text.charAt(pos++);
      if (c == '\n') {
        throw error("a quoted string ends on its line; use a heredoc (<<EOT) for several lines");
      } else if (c == '\\') {
        escape(sb);
      } else if ((c == '$' || c == '%') && !atEnd() && peek() == c && text.startsWith("{", pos + 1)) {
        sb.append(c); // $${ is the text ${
        pos++;
      } else if ((c == '$' || c == '%') && !atEnd() && peek() == '{') {
        throw error("templates (" + c + "{…}) are not constants here; write " + c + c + "{ for the text " + c + "{");
      } else {
        sb.append(c);
      }
    }
    expect('"');
    return sb.toString();
  }

  private void escape(StringBuilder sb) {
    if (atEnd()) {
      throw error("unfinished escape");
    }
    char e = text.charAt(pos++);
    switch (e) {
      case 'n' -> sb.append('\n');
      case 'r' -> sb.append('\r');
      case 't' -> sb.append('\t');
      case '"' -> sb.append('"');
      case '\\' -> sb.append('\\');
      case 'u', 'U' -> {
        int len = e == 'u' ? 4 : 8;
        if (pos + len > text.length()) {
          throw error("\\" + e + " needs " + len + " hex digits");
        }
        try {
          sb.appendCodePoint(Integer.parseInt(text.substring(pos, pos + len), 16));
        } catch (IllegalArgumentException bad) {
          throw error("\\" + e + " needs " + len + " hex digits of a Unicode character");
        }
        pos += len;
      }
      default -> throw error("unknown escape \\" + e);
    }
  }

  /** {@code <<EOT} … {@code EOT}; {@code <<-EOT} removes the lines' common indentation. */
  private String heredoc() {
    pos += 2;
    boolean indented = !atEnd() && peek() == '-';
    if (indented) {
      pos++;
    }
    String marker = identifier();
    int eol = text.indexOf('\n', pos);
    if (marker == null || eol < 0 || !text.substring(pos, eol).isBlank()) {
      throw error("a heredoc starts with <<MARKER and a new line");
    }
    pos = eol + 1;
    List<String> lines = new ArrayList<>();
    while (!atEnd()) {
      int end = text.indexOf('\n', pos);
      String line = text.substring(pos, end < 0 ? text.length() : end);
      pos = end < 0 ? text.length() : end + 1;
      if (line.strip().equals(marker)) {
        if (end >= 0) {
          pos = end; // the new line after the marker ends the assignment
        }
        return join(lines, indented);
      }
      lines.add(line);
    }
    throw error("the heredoc is not closed with " + marker);
  }

  private static String join(List<String> lines, boolean indented) {
    int strip = Integer.MAX_VALUE;
    for (String l : lines) {
      if (indented && !l.isBlank()) {
        strip = Math.min(strip, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(indented ? l.substring(Math.min(strip, l.length() - l.stripLeading().length())) : l).append('\n');
    }
    return sb.toString();
  }

  private String identifier() {
    int start = pos;
    while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')
        && (pos > start || Character.isLetter(peek()) || peek() == '_')) {
      pos++;
    }
    return pos == start ? null : text.substring(start, pos);
  }

  /** Skips blanks and comments, and new lines when {@code newlines}. */
  private void skipSpace(boolean newlines) {
    while (!atEnd()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
        pos++;
      } else if (c == '#' || text.startsWith("//", pos)) {
        while (!atEnd() && peek() != '\n') {
          pos++;
        }
      } else if (text.startsWith("/*", pos)) {
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error("the comment is not closed with */");
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private void expect(char c) {
    skipSpace(true);
    if (atEnd() || peek() != c) {
      throw error("expected \"" + c + "\"");
    }
    pos++;
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private IllegalArgumentException error(String what) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new IllegalArgumentException("line " + line + ", column " + col + ": " + what);
  }
}
