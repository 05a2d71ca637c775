package dev.burstgrid.lang.value;

import java.util.List;
import java.util.Map;

/**
 * HCL's {@code ==}: deep equality of values of the same type, numbers as exact decimals, any two
 * nulls equal. Values of different types are never equal, and the answer is unknown while an
 * unknown value could still decide it.
 */
public final class Equality {
  private Equality() {}

  /** {@code TRUE}, {@code FALSE} or an unknown bool. */
  public static Value equal(Value a, Value b) {
    a = Marks.unmark(a);
    b = Marks.unmark(b);
    if (!a.isKnown() || !b.isKnown()) {
      Value known = a.isKnown() ? a : b;
      Value unknown = a.isKnown() ? b : a;
      if (!known.isKnown() || known.isNull() || Types.hasDynamic(unknown.type())) {
        return Value.unknown(Type.BOOL);
      }
      return known.type().equals(unknown.type()) ? Value.unknown(Type.BOOL) : Value.FALSE;
    }
    if (a.isNull() || b.isNull()) {
      return Value.bool(a.isNull() && b.isNull());
    }
    if (!a.type().equals(b.type())) {
      return Value.FALSE;
    }
    if (a instanceof Value.ListValue x && b instanceof Value.ListValue y) {
      return elementsEqual(x.elements(), y.elements());
    }
    if (a instanceof Value.SetValue x && b instanceof Value.SetValue y) {
      return elementsEqual(x.elements(), y.elements());
    }
    if (a instanceof Value.TupleValue x && b instanceof Value.TupleValue y) {
      return elementsEqual(x.elements(), y.elements());
    }
    if (a instanceof Value.MapValue x && b instanceof Value.MapValue y) {
      return entriesEqual(x.entries(), y.entries());
    }
    if (a instanceof Value.ObjectValue x && b instanceof Value.ObjectValue y) {
      return entriesEqual(x.attributes(), y.attributes());
    }
    return Value.bool(a.equals(b));
  }

  private static Value elementsEqual(List<Value> a, List<Value> b) {
    if (a.size() != b.size()) {
      return Value.FALSE;
    }
    boolean unknown = false;
    for (int i = 0; i < a.size(); i++) {
      Value e = equal(a.get(i), b.get(i));
      if (!e.isKnown()) {
        unknown = true;
      } else if (e.equals(Value.FALSE)) {
        return Value.FALSE;
      }
    }
    return unknown ? Value.unknown(Type.BOOL) : Value.TRUE;
  }

  private static Value entriesEqual(Map<String, Value> a, Map<String, Value> b) {
    if (!a.keySet().equals(b.keySet())) {
      return Value.FALSE;
    }
    boolean unknown = false;
    for (Map.Entry<String, Value> e : a.entrySet()) {
      Value eq = equal(e.getValue(), b.get(e.getKey()));
      if (!eq.isKnown()) {
        unknown = true;
      } else if (eq.equals(Value.FALSE)) {
        return Value.FALSE;
      }
    }
    return unknown ? Value.unknown(Type.BOOL) : Value.TRUE;
  }
}
