package dev.burstgrid.compiler.syntax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal JSON reader for the conformance vector files (objects, arrays, scalars). */
final class MiniJson {
  private final String s;
  private int p;

  private MiniJson(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    MiniJson j = new MiniJson(text);
    Object v = j.value();
    j.ws();
    if (j.p != text.length()) {
      throw new IllegalArgumentException("trailing JSON at " + j.p);
    }
    return v;
  }

  private Object value() {
    ws();
    char c = s.charAt(p);
    if (c == '{') {
      Map<String, Object> m = new LinkedHashMap<>();
      p++;
      ws();
      if (s.charAt(p) == '}') {
        p++;
        return m;
      }
      while (true) {
        ws();
        String k = string();
        ws();
        p++; // ':'
        m.put(k, value());
        ws();
        if (s.charAt(p++) == '}') {
          return m;
        }
      }
    }
    if (c == '[') {
      List<Object> l = new ArrayList<>();
      p++;
      ws();
      if (s.charAt(p) == ']') {
        p++;
        return l;
      }
      while (true) {
        l.add(value());
        ws();
        if (s.charAt(p++) == ']') {
          return l;
        }
      }
    }
    if (c == '"') {
      return string();
    }
    if (s.startsWith("true", p)) {
      p += 4;
      return Boolean.TRUE;
    }
    if (s.startsWith("false", p)) {
      p += 5;
      return Boolean.FALSE;
    }
    if (s.startsWith("null", p)) {
      p += 4;
      return null;
    }
    int start = p;
    while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
      p++;
    }
    return new BigDecimal(s.substring(start, p));
  }

  private String string() {
    StringBuilder sb = new StringBuilder();
    p++; // opening quote
    while (true) {
      char c = s.charAt(p++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(p++);
      switch (e) {
        case 'n':
          sb.append('\n');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'u':
          sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
          p += 4;
          break;
        default:
          sb.append(e);
      }
    }
  }

  private void ws() {
    while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
      p++;
    }
  }
}
