package dev.burstgrid.compiler.conformance;

import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Compares an evaluated value with an expected one decoded from JSON, by the corpus rules: arrays
 * in order (any sequence matches), objects regardless of key order (maps and objects match),
 * numbers as decimals within {@code tolerance}, strings exactly.
 */
final class ValueMatch {
  private ValueMatch() {}

  static boolean matches(Value actual, Value expected, BigDecimal tolerance) {
    if (!actual.isKnown()) {
      return false;
    }
    if (expected.isNull() || actual.isNull()) {
      return expected.isNull() && actual.isNull();
    }
    if (expected instanceof Value.Num e) {
      return actual instanceof Value.Num a
          && a.value().subtract(e.value()).abs().compareTo(tolerance) <= 0;
    }
    if (expected instanceof Value.Str || expected instanceof Value.Bool) {
      return expected.equals(actual);
    }
    if (expected instanceof Value.TupleValue e) {
      List<Value> items = sequence(actual);
      if (items == null || items.size() != e.elements().size()) {
        return false;
      }
      for (int i = 0; i < items.size(); i++) {
        if (!matches(items.get(i), e.elements().get(i), tolerance)) {
          return false;
        }
      }
      return true;
    }
    if (expected instanceof Value.ObjectValue e) {
      Map<String, Value> attrs = attributes(actual);
      if (attrs == null || !attrs.keySet().equals(e.attributes().keySet())) {
        return false;
      }
      for (Map.Entry<String, Value> entry : e.attributes().entrySet()) {
        if (!matches(attrs.get(entry.getKey()), entry.getValue(), tolerance)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static List<Value> sequence(Value v) {
    if (v instanceof Value.TupleValue t) {
      return t.elements();
    }
    if (v instanceof Value.ListValue l) {
      return l.elements();
    }
    if (v instanceof Value.SetValue s) {
      return s.elements();
    }
    return null;
  }

  private static Map<String, Value> attributes(Value v) {
    if (v instanceof Value.ObjectValue o) {
      return o.attributes();
    }
    if (v instanceof Value.MapValue m) {
      return m.entries();
    }
    return null;
  }
}
