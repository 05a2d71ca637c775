package dev.burstgrid.compiler.cli;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Values written as HCL source, for listings such as {@code bggoc modules}: {@code "10s"}, {@code { a = 1 }}. */
final class HclText {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** HCL's named escapes; other control characters are written as {@code \\uNNNN}. */
  private static final Map<Character, String> ESCAPES =
      Map.of('"', "\\\"", '\\', "\\\\", '\n', "\\n", '\r', "\\r", '\t', "\\t");

  private HclText() {}

  /** An HCL quoted string whose text is exactly {@code s}: escapes, and $${ for the text ${ (%%{ for %{). */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = ESCAPES.get(c);
      boolean startsTemplate = (c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{';
      if (escape != null) {
        sb.append(escape);
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(startsTemplate ? String.valueOf(c) + c : String.valueOf(c));
      }
    }
    return sb.append('"').toString();
  }

  /** A known value as an HCL expression that evaluates to it. */
  static String literal(Value v) {
    if (v instanceof Value.Str s) {
      return quote(s.value());
    } else if (v instanceof Value.Num n) {
      return Json.formatNumber(n.value());
    } else if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof Value.ListValue l) {
      return sequence(l.elements());
    } else if (v instanceof Value.SetValue s) {
      return "toset(" + sequence(s.elements()) + ")";
    } else if (v instanceof Value.TupleValue t) {
      return sequence(t.elements());
    } else if (v instanceof Value.MapValue m) {
      return object(m.entries());
    } else if (v instanceof Value.ObjectValue o) {
      return object(o.attributes());
    }
    return "null";
  }

  private static String sequence(List<Value> elements) {
    List<String> items = new ArrayList<>();
    for (Value e : elements) {
      items.add(literal(e));
    }
    return "[" + String.join(", ", items) + "]";
  }

  /** Keys written without quotes: identifiers that are not also the literals true, false or null. */
  private static boolean isBareKey(String k) {
    return IDENTIFIER.matcher(k).matches() && !k.equals("true") && !k.equals("false") && !k.equals("null");
  }

  private static String object(Map<String, Value> attributes) {
    if (attributes.isEmpty()) {
      return "{}";
    }
    List<String> items = new ArrayList<>();
    attributes.forEach((k, v) -> items.add((isBareKey(k) ? k : quote(k)) + " = " + literal(v)));
    return "{ " + String.join(", ", items) + " }";
  }
}
