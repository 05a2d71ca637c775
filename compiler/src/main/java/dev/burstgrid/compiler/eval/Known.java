package dev.burstgrid.compiler.eval;

import dev.burstgrid.runtime.value.Value;

/** Whether a value is known all the way down. */
final class Known {
  private Known() {}

  static boolean wholly(Value v) {
    if (!v.isKnown()) {
      return false;
    }
    if (v instanceof Value.ListValue l) {
      return l.elements().stream().allMatch(Known::wholly);
    }
    if (v instanceof Value.SetValue s) {
      return s.elements().stream().allMatch(Known::wholly);
    }
    if (v instanceof Value.TupleValue t) {
      return t.elements().stream().allMatch(Known::wholly);
    }
    if (v instanceof Value.MapValue m) {
      return m.entries().values().stream().allMatch(Known::wholly);
    }
    if (v instanceof Value.ObjectValue o) {
      return o.attributes().values().stream().allMatch(Known::wholly);
    }
    return true;
  }
}
