package dev.burstgrid.lang.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sensitivity marks ({@link Value.Sensitive}) as operations treat them: an operation looks through
 * the marks of its operands ({@link #unmark}) and marks its result when any operand was marked
 * ({@link #carry}), so a value derived from a secret stays a secret.
 */
public final class Marks {
  private Marks() {}

  /** Whether {@code v} itself is marked (not looking inside it). */
  public static boolean isMarked(Value v) {
    return v instanceof Value.Sensitive;
  }

  /** {@code v} without its own mark (marks of its parts stay). */
  public static Value unmark(Value v) {
    return v instanceof Value.Sensitive s ? s.value() : v;
  }

  /** Whether {@code v} or any part of it is marked; a field read ({@link Value#containsMark}). */
  public static boolean containsMark(Value v) {
    return v.containsMark();
  }

  /**
   * The text of every string and number inside a marked part of {@code v}: what a message about
   * {@code v} must not quote.
   */
  public static Set<String> markedTexts(Value v) {
    Set<String> texts = new LinkedHashSet<>();
    collectMarked(v, false, texts);
    return texts;
  }

  private static void collectMarked(Value v, boolean inMark, Set<String> into) {
    boolean marked = inMark || v instanceof Value.Sensitive;
    Value plain = unmark(v);
    if (marked && plain instanceof Value.Str s) {
      into.add(s.value());
    } else if (marked && plain instanceof Value.Num n) {
      into.add(Json.formatNumber(n.value()));
    } else if (marked || plain.containsMark()) {
      plain.parts().forEach(part -> collectMarked(part, marked, into));
    }
  }

  /**
   * {@code message} with each of {@code texts} replaced by {@code (sensitive value)}: quoted
   * anywhere, and unquoted when long enough not to be a common word.
   */
  public static String hide(String message, Set<String> texts) {
    List<String> longestFirst = new ArrayList<>(texts);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    String out = message;
    for (String t : longestFirst) {
      out = out.replace("\"" + t + "\"", "\"" + Json.SENSITIVE + "\"");
      if (t.length() >= 4) {
        out = out.replace(t, Json.SENSITIVE);
      }
    }
    return out;
  }

  /** {@code v} with every mark removed, its parts' included ({@code nonsensitive}). */
  public static Value unmarkDeep(Value v) {
    Value u = unmark(v);
    if (!containsMark(u)) {
      return u;
    }
    if (u instanceof Value.ListValue l) {
      return new Value.ListValue(l.elementType(), unmarkAll(l.elements()));
    }
    if (u instanceof Value.SetValue s) {
      return new Value.SetValue(s.elementType(), unmarkAll(s.elements()));
    }
    if (u instanceof Value.TupleValue t) {
      return new Value.TupleValue(unmarkAll(t.elements()), t.type());
    }
    if (u instanceof Value.MapValue m) {
      return new Value.MapValue(m.elementType(), unmarkAll(m.entries()));
    }
    Value.ObjectValue o = (Value.ObjectValue) u;
    return new Value.ObjectValue(unmarkAll(o.attributes()), o.type());
  }

  /** {@code result}, marked when {@code from} or any part of it is. */
  public static Value carry(Value result, Value from) {
    return containsMark(from) ? Value.sensitive(result) : result;
  }

  /** {@code result}, marked when either operand (or a part of it) is. */
  public static Value carry(Value result, Value a, Value b) {
    return containsMark(a) || containsMark(b) ? Value.sensitive(result) : result;
  }

  private static List<Value> unmarkAll(List<Value> items) {
    return items.stream().map(Marks::unmarkDeep).toList();
  }

  private static TreeMap<String, Value> unmarkAll(Map<String, Value> items) {
    TreeMap<String, Value> out = new TreeMap<>();
    items.forEach((k, x) -> out.put(k, unmarkDeep(x)));
    return out;
  }
}
