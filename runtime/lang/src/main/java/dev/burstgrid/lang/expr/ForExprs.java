package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Types;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * {@code [for …]} and {@code {for …}} expressions: a tuple, an object, or with {@code ...} an
 * object whose values are tuples grouping the items that share a key. The bodies are functions of
 * (key, value) of each entry ({@link Iteration}); the filter may be null. The compile-time
 * evaluator applies the same rules.
 */
public final class ForExprs {
  private ForExprs() {}

  /**
   * @throws ExprException for a null or non-iterable collection
   */
  public static void checkCollection(Value coll) {
    if (coll.isNull()) {
      throw new ExprException(
          "Iteration over null value",
          "A null value cannot be used as the collection in a 'for' expression.");
    }
    if (!Iteration.iterable(coll.type()) && coll.type() != Type.ANY) {
      throw new ExprException(
          "Iteration over non-iterable value",
          "A value of type "
              + coll.type().friendlyName()
              + " cannot be used as the collection in"
              + " a 'for' expression; a list, set, tuple, map or object is required.");
    }
  }

  /**
   * Whether an item passes the {@code if} filter whose value is {@code c}; null when not known.
   *
   * @throws ExprException for a null or non-bool value
   */
  public static Boolean include(Value c) {
    if (c.isNull()) {
      throw new ExprException(
          "Condition is null", "The value of the 'if' clause must not be null.");
    }
    Value b;
    try {
      b = Convert.to(c, Type.BOOL);
    } catch (ConversionException e) {
      throw new ExprException(
          "Invalid 'for' condition",
          "The 'if' clause value is invalid: a bool is required, not "
              + Types.describe(c.type())
              + ".");
    }
    return b.isKnown() ? ((Value.Bool) b).value() : null;
  }

  /**
   * The key an item's key expression gives, as a string value (or an unknown one).
   *
   * @throws ExprException for null or a value that is not a string
   */
  public static Value key(Value k) {
    if (k.isNull()) {
      throw new ExprException(
          "Invalid object key",
          "Key expression in 'for' expression must not produce a null value.");
    }
    try {
      return Convert.to(k, Type.STRING);
    } catch (ConversionException e) {
      throw new ExprException(
          "Invalid object key",
          "The key expression produced an invalid result: a string is required, not "
              + Types.describe(k.type())
              + ".");
    }
  }

  /** The failure for a key produced twice without grouping. */
  public static ExprException duplicateKey(String key) {
    return new ExprException(
        "Duplicate object key",
        "Two different items produced the key \""
            + key
            + "\" in this 'for' expression. If"
            + " duplicates are expected, use the ellipsis (...) after the value expression"
            + " to enable grouping by key.");
  }

  /** The object a keyed {@code for} builds from its groups (keys in order). */
  public static Value object(Map<String, List<Value>> groups, boolean grouping) {
    TreeMap<String, Value> attrs = new TreeMap<>();
    groups.forEach((k, g) -> attrs.put(k, grouping ? new Value.TupleValue(g) : g.get(0)));
    return new Value.ObjectValue(attrs);
  }

  /** {@code [for k, v in coll : value if filter]} evaluated at {@code at}. */
  public static Value tuple(
      Value coll,
      String at,
      BiFunction<Value, Value, Value> value,
      BiFunction<Value, Value, Value> filter) {
    if (!checked(coll, at)) {
      return Value.unknown(Type.ANY);
    }
    List<Value> items = new ArrayList<>();
    for (Iteration.Entry e : Iteration.entries(coll)) {
      Boolean in = filter == null ? Boolean.TRUE : include(filter, e, at);
      if (in == null) {
        return Value.unknown(Type.ANY);
      }
      if (in) {
        items.add(value.apply(e.key(), e.value()));
      }
    }
    return markedLike(coll, new Value.TupleValue(items));
  }

  /** {@code {for k, v in coll : key => value (...) if filter}} evaluated at {@code at}. */
  public static Value object(
      Value coll,
      String at,
      BiFunction<Value, Value, Value> key,
      BiFunction<Value, Value, Value> value,
      BiFunction<Value, Value, Value> filter,
      boolean grouping) {
    if (!checked(coll, at)) {
      return Value.unknown(Type.ANY);
    }
    Map<String, List<Value>> groups = new TreeMap<>();
    for (Iteration.Entry e : Iteration.entries(coll)) {
      Boolean in = filter == null ? Boolean.TRUE : include(filter, e, at);
      if (in == null) {
        return Value.unknown(Type.ANY);
      }
      if (!in) {
        continue;
      }
      Value k;
      try {
        k = key(key.apply(e.key(), e.value()));
      } catch (ExprException x) {
        throw x.at(at);
      }
      Value v = value.apply(e.key(), e.value());
      if (!k.isKnown()) {
        return Value.unknown(Type.ANY);
      }
      String name = ((Value.Str) k).value();
      List<Value> group = groups.computeIfAbsent(name, x -> new ArrayList<>());
      if (!group.isEmpty() && !grouping) {
        throw duplicateKey(name).at(at);
      }
      group.add(v);
    }
    return markedLike(coll, object(groups, grouping));
  }

  /** What a for builds from a secret collection is secret as a whole (its size included). */
  private static Value markedLike(Value coll, Value result) {
    return Marks.isMarked(coll) ? Value.sensitive(result) : result;
  }

  private static boolean checked(Value coll, String at) {
    try {
      checkCollection(coll);
    } catch (ExprException e) {
      throw e.at(at);
    }
    return coll.isKnown();
  }

  private static Boolean include(
      BiFunction<Value, Value, Value> filter, Iteration.Entry e, String at) {
    Value c = filter.apply(e.key(), e.value());
    try {
      return include(c);
    } catch (ExprException x) {
      throw x.at(at);
    }
  }
}
