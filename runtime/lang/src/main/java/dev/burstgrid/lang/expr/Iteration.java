package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The key/value pairs a {@code for} visits: index and element for lists and tuples, key and value
 * (in key order) for maps and objects, element and element for sets.
 */
public final class Iteration {
  private Iteration() {}

  /** One step of a {@code for}: the key (or index) and the element. */
  public record Entry(Value key, Value value) {}

  /** Whether a {@code for} can visit a value of type {@code t}. */
  static boolean iterable(Type t) {
    return t instanceof Type.ListOf
        || t instanceof Type.SetOf
        || t instanceof Type.TupleOf
        || t instanceof Type.MapOf
        || t instanceof Type.ObjectOf;
  }

  /** The entries of a known, non-null, iterable value. */
  public static List<Entry> entries(Value v) {
    if (v instanceof Value.Sensitive s) {
      // every key and element of a secret collection is secret too
      return entries(s.value()).stream()
          .map(e -> new Entry(Value.sensitive(e.key()), Value.sensitive(e.value())))
          .toList();
    }
    List<Entry> out = new ArrayList<>();
    if (v instanceof Value.ListValue l) {
      indexed(l.elements(), out);
    } else if (v instanceof Value.TupleValue t) {
      indexed(t.elements(), out);
    } else if (v instanceof Value.SetValue s) {
      s.elements().forEach(e -> out.add(new Entry(e, e)));
    } else if (v instanceof Value.MapValue m) {
      keyed(m.entries(), out);
    } else if (v instanceof Value.ObjectValue o) {
      keyed(o.attributes(), out);
    }
    return out;
  }

  /**
   * Stand-ins for the entries of a collection of type {@code t} that is not known yet: one unknown
   * entry per element type (one for a list, set or map; one per element of a tuple or attribute of
   * an object).
   */
  public static List<Entry> samples(Type t) {
    List<Entry> out = new ArrayList<>();
    if (t instanceof Type.ListOf l) {
      out.add(new Entry(Value.unknown(Type.NUMBER), Value.unknown(l.element())));
    } else if (t instanceof Type.SetOf s) {
      out.add(new Entry(Value.unknown(s.element()), Value.unknown(s.element())));
    } else if (t instanceof Type.MapOf m) {
      out.add(new Entry(Value.unknown(Type.STRING), Value.unknown(m.element())));
    } else if (t instanceof Type.TupleOf tu) {
      tu.elements().forEach(e -> out.add(new Entry(Value.unknown(Type.NUMBER), Value.unknown(e))));
    } else if (t instanceof Type.ObjectOf o) {
      o.attributes()
          .values()
          .forEach(a -> out.add(new Entry(Value.unknown(Type.STRING), Value.unknown(a))));
    }
    return out;
  }

  private static void indexed(List<Value> items, List<Entry> out) {
    for (int i = 0; i < items.size(); i++) {
      out.add(new Entry(Value.number(i), items.get(i)));
    }
  }

  private static void keyed(Map<String, Value> items, List<Entry> out) {
    items.forEach((k, v) -> out.add(new Entry(Value.string(k), v)));
  }
}
