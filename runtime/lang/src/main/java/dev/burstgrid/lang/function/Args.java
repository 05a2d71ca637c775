package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.Sets;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers for reading arguments and building results in function bodies. */
final class Args {
  private Args() {}

  static String str(List<Value> args, int i) {
    return ((Value.Str) args.get(i)).value();
  }

  static BigDecimal num(List<Value> args, int i) {
    return ((Value.Num) args.get(i)).value();
  }

  static boolean bool(List<Value> args, int i) {
    return ((Value.Bool) args.get(i)).value();
  }

  /** Argument {@code i} as an int; it must be a whole number that fits. */
  static int wholeInt(List<Value> args, int i) throws FunctionException {
    BigDecimal n = num(args, i);
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new FunctionException(i, "a whole number is required, not " + text(n) + ".");
    }
  }

  static String text(BigDecimal n) {
    return dev.burstgrid.lang.value.Json.formatNumber(n);
  }

  /** The elements of a list, set or tuple; null for anything else. */
  static List<Value> elements(Value v) {
    if (v instanceof Value.ListValue l) {
      return l.elements();
    }
    if (v instanceof Value.SetValue s) {
      return s.elements();
    }
    if (v instanceof Value.TupleValue t) {
      return t.elements();
    }
    return null;
  }

  /** The entries of a map or object; null for anything else. */
  static Map<String, Value> entries(Value v) {
    if (v instanceof Value.MapValue m) {
      return m.entries();
    }
    if (v instanceof Value.ObjectValue o) {
      return o.attributes();
    }
    return null;
  }

  /** Directly nested values of a collection or structure; empty for anything else. */
  static Collection<Value> children(Value v) {
    List<Value> elems = elements(v);
    if (elems != null) {
      return elems;
    }
    Map<String, Value> entries = entries(v);
    return entries != null ? entries.values() : List.of();
  }

  /** The element type of a list, set or map type; null for anything else. */
  static Type elementType(Type t) {
    if (t instanceof Type.ListOf l) {
      return l.element();
    }
    if (t instanceof Type.SetOf s) {
      return s.element();
    }
    if (t instanceof Type.MapOf m) {
      return m.element();
    }
    return null;
  }

  static boolean isSequence(Type t) {
    return t instanceof Type.ListOf || t instanceof Type.SetOf || t instanceof Type.TupleOf;
  }

  static Value list(Type element, List<Value> elements) {
    return new Value.ListValue(element, elements);
  }

  static Value strings(List<String> items) {
    List<Value> values = new ArrayList<>(items.size());
    for (String s : items) {
      values.add(Value.string(s));
    }
    return list(Type.STRING, values);
  }

  static Value map(Type element, Map<String, Value> entries) {
    return new Value.MapValue(element, new TreeMap<>(entries));
  }

  /** A set of {@code elements}: duplicates dropped, in canonical order. */
  static Value set(Type element, Collection<Value> elements) {
    return Sets.of(element, elements);
  }
}
