package dev.burstgrid.compiler.eval;

import dev.burstgrid.runtime.value.Type;
import dev.burstgrid.runtime.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The key/value pairs a {@code for} visits: index and element for lists and tuples, key and
 * value (in key order) for maps and objects, element and element for sets.
 */
final class Iteration {
  private Iteration() {}

  record Entry(Value key, Value value) {}

  static boolean iterable(Type t) {
    return t instanceof Type.ListOf
        || t instanceof Type.SetOf
        || t instanceof Type.TupleOf
        || t instanceof Type.MapOf
        || t instanceof Type.ObjectOf;
  }

  /** The entries of a known, non-null, iterable value. */
  static List<Entry> entries(Value v) {
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

  private static void indexed(List<Value> items, List<Entry> out) {
    for (int i = 0; i < items.size(); i++) {
      out.add(new Entry(Value.number(i), items.get(i)));
    }
  }

  private static void keyed(Map<String, Value> items, List<Entry> out) {
    items.forEach((k, v) -> out.add(new Entry(Value.string(k), v)));
  }
}
