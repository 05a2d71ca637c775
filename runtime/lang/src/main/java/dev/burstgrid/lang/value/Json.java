package dev.burstgrid.lang.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON for values: compact encoding with object keys sorted (the form {@code print} and
 * {@code jsonencode} produce), and decoding with cty's type inference (objects become
 * objects, arrays tuples).
 */
public final class Json {
  private static final int MAX_DEPTH = 512;

  private Json() {}

  /** Compact JSON. Sets and lists become arrays, maps and objects objects. */
  public static String encode(Value v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v, false);
    return sb.toString();
  }

  /** What a sensitive part reads as wherever a value is shown. */
  public static final String SENSITIVE = "(sensitive value)";

  /**
   * Compact JSON for showing a value to a person ({@code print}, outputs): like {@link #encode},
   * but each part marked sensitive is the string {@value #SENSITIVE}.
   */
  public static String display(Value v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v, false, true);
    return sb.toString();
  }

  /**
   * As Terraform's {@code jsonencode}: like {@link #encode} but {@code <}, {@code >}, {@code
   * &} and U+2028/U+2029 are escaped so the text is safe inside HTML and JavaScript.
   */
  public static String encodeHtmlSafe(Value v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v, true);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Value v, boolean htmlSafe) {
    write(sb, v, htmlSafe, false);
  }

  private static void write(StringBuilder sb, Value v, boolean htmlSafe, boolean masked) {
    if (v instanceof Value.Sensitive s) {
      if (masked) {
        quote(sb, SENSITIVE, htmlSafe);
      } else {
        write(sb, s.value(), htmlSafe, false);
      }
    } else if (v instanceof Value.Null) {
      sb.append("null");
    } else if (v instanceof Value.Unknown) {
      throw new IllegalArgumentException("value is not known yet");
    } else if (v instanceof Value.Str s) {
      quote(sb, s.value(), htmlSafe);
    } else if (v instanceof Value.Num n) {
      sb.append(formatNumber(n.value()));
    } else if (v instanceof Value.Bool b) {
      sb.append(b.value());
    } else if (v instanceof Value.ListValue l) {
      writeArray(sb, l.elements(), htmlSafe, masked);
    } else if (v instanceof Value.SetValue s) {
      writeArray(sb, s.elements(), htmlSafe, masked);
    } else if (v instanceof Value.TupleValue t) {
      writeArray(sb, t.elements(), htmlSafe, masked);
    } else if (v instanceof Value.MapValue m) {
      writeObject(sb, m.entries(), htmlSafe, masked);
    } else if (v instanceof Value.ObjectValue o) {
      writeObject(sb, o.attributes(), htmlSafe, masked);
    } else {
      throw new IllegalStateException("unhandled value " + v);
    }
  }

  /** A number as HCL and JSON show it: no exponent, no trailing zeros ({@code 1000}, {@code 0.5}). */
  public static String formatNumber(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }

  private static void writeArray(StringBuilder sb, List<Value> items, boolean htmlSafe, boolean masked) {
    sb.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      write(sb, items.get(i), htmlSafe, masked);
    }
    sb.append(']');
  }

  private static void writeObject(StringBuilder sb, Map<String, Value> entries, boolean htmlSafe, boolean masked) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<String, Value> e : entries.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      quote(sb, e.getKey(), htmlSafe);
      sb.append(':');
      write(sb, e.getValue(), htmlSafe, masked);
    }
    sb.append('}');
  }

  /** Appends {@code s} as a JSON string literal. */
  public static void quote(StringBuilder sb, String s, boolean htmlSafe) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          boolean escape =
              c < 0x20 || (htmlSafe && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'));
          if (escape) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * Parses JSON text into a value: objects become objects, arrays tuples, numbers exact
   * decimals.
   *
   * @throws JsonException with the offset and a message when the text is not JSON
   */
  public static Value decode(String text) throws JsonException {
    Decoder d = new Decoder(text);
    d.skipSpace();
    Value v = d.value(0);
    d.skipSpace();
    if (d.pos != text.length()) {
      throw new JsonException(d.pos, "unexpected text after the JSON value");
    }
    return v;
  }

  /** Malformed JSON; {@link #offset()} is where it went wrong. */
  public static final class JsonException extends Exception {
    private final int offset;

    JsonException(int offset, String message) {
      super(message + " at offset " + offset);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  private static final class Decoder {
    private final String s;
    private int pos;

    Decoder(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    JsonException error(String message) {
      return new JsonException(pos, message);
    }

    Value value(int depth) throws JsonException {
      if (depth > MAX_DEPTH) {
        throw error("JSON nested too deeply");
      }
      if (pos >= s.length()) {
        throw error("unexpected end of JSON");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return object(depth);
        case '[':
          return array(depth);
        case '"':
          return Value.string(string());
        case 't':
          literal("true");
          return Value.TRUE;
        case 'f':
          literal("false");
          return Value.FALSE;
        case 'n':
          literal("null");
          return Value.nullOf(Type.ANY);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("unexpected character '" + c + "'");
      }
    }

    void literal(String word) throws JsonException {
      if (!s.startsWith(word, pos)) {
        throw error("invalid literal, expected " + word);
      }
      pos += word.length();
    }

    Value object(int depth) throws JsonException {
      pos++;
      Map<String, Value> attrs = new TreeMap<>();
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == '}') {
        pos++;
        return new Value.ObjectValue(new TreeMap<>(attrs));
      }
      while (true) {
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != '"') {
          throw error("expected a string object key");
        }
        String key = string();
        skipSpace();
        expect(':');
        skipSpace();
        attrs.put(key, value(depth + 1));
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect('}');
        return new Value.ObjectValue(new TreeMap<>(attrs));
      }
    }

    Value array(int depth) throws JsonException {
      pos++;
      List<Value> items = new ArrayList<>();
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == ']') {
        pos++;
        return new Value.TupleValue(items);
      }
      while (true) {
        skipSpace();
        items.add(value(depth + 1));
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect(']');
        return new Value.TupleValue(items);
      }
    }

    void expect(char c) throws JsonException {
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    String string() throws JsonException {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw error("unterminated string");
        }
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c < 0x20) {
          throw error("control character in string");
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (pos >= s.length()) {
          throw error("unterminated string");
        }
        char e = s.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw error("bad unicode escape");
            }
            try {
              sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad unicode escape");
            }
            pos += 4;
          }
          default -> throw error("bad escape '\\" + e + "'");
        }
      }
    }

    Value number() throws JsonException {
      int start = pos;
      if (s.charAt(pos) == '-') {
        pos++;
      }
      int digits = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos == digits) {
        throw error("invalid number");
      }
      if (pos < s.length() && s.charAt(pos) == '.') {
        pos++;
        int frac = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        if (pos == frac) {
          throw error("invalid number");
        }
      }
      if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        pos++;
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
          pos++;
        }
        int exp = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        if (pos == exp) {
          throw error("invalid number");
        }
      }
      BigDecimal n;
      try {
        n = new BigDecimal(s.substring(start, pos));
      } catch (NumberFormatException | ArithmeticException ex) {
        throw new JsonException(start, NumberRange.explain(s.substring(start, pos)));
      }
      if (!NumberRange.contains(n)) {
        throw new JsonException(start, NumberRange.explain(s.substring(start, pos)));
      }
      return Value.number(n);
    }
  }
}
