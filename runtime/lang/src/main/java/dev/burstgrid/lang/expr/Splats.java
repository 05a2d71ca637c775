package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Unify;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code src[*].rest} and {@code src.*.rest}: {@code rest} applied to every element. A null source
 * gives an empty tuple; a value that is not a list, set or tuple is treated as a one-element tuple.
 * Lists and sets give lists (when every result has one type), tuples give tuples. The compile-time
 * evaluator applies the same rule.
 */
public final class Splats {
  private Splats() {}

  /**
   * Applies {@code each} to the elements of {@code src}. For a source that is not known yet (or an
   * empty list, whose result type still matters) {@code each} is applied to an unknown element to
   * learn the result type; a failure there gives type {@code any}.
   */
  public static Value apply(Value src, UnaryOperator<Value> each) {
    return apply(src, each, each);
  }

  /**
   * As {@link #apply(Value, UnaryOperator)}, with {@code probe} (rather than {@code each}) applied
   * to unknown elements to learn the result type.
   */
  public static Value apply(Value src, UnaryOperator<Value> each, UnaryOperator<Value> probe) {
    if (src instanceof Value.Sensitive s) {
      return Value.sensitive(apply(s.value(), each, probe));
    }
    if (src.isNull()) {
      return new Value.TupleValue(List.of());
    }
    Type type = src.type();
    if (type == Type.ANY) {
      return Value.unknown(Type.ANY);
    }
    boolean sequence = type instanceof Type.ListOf || type instanceof Type.SetOf;
    if (!src.isKnown()) {
      return unknownResult(type, probe);
    }
    List<Value> items;
    if (src instanceof Value.ListValue l) {
      items = l.elements();
    } else if (src instanceof Value.SetValue set) {
      items = set.elements();
    } else if (src instanceof Value.TupleValue t) {
      items = t.elements();
    } else {
      items = List.of(src);
    }
    List<Value> results = new ArrayList<>(items.size());
    for (Value item : items) {
      results.add(each.apply(item));
    }
    if (!sequence) {
      return new Value.TupleValue(results);
    }
    Type elem = results.isEmpty() ? eachType(probe, elementType(type)) : commonType(results);
    return elem == null ? new Value.TupleValue(results) : new Value.ListValue(elem, results);
  }

  private static Value unknownResult(Type type, UnaryOperator<Value> each) {
    if (type instanceof Type.ListOf || type instanceof Type.SetOf) {
      return Value.unknown(new Type.ListOf(eachType(each, elementType(type))));
    }
    if (type instanceof Type.TupleOf t) {
      List<Type> out = new ArrayList<>();
      for (Type e : t.elements()) {
        out.add(eachType(each, e));
      }
      return Value.unknown(new Type.TupleOf(out));
    }
    return Value.unknown(new Type.TupleOf(List.of(eachType(each, type))));
  }

  /** The type {@code each} gives for an unknown element of {@code elementType}. */
  private static Type eachType(UnaryOperator<Value> each, Type elementType) {
    try {
      return each.apply(Value.unknown(elementType)).type();
    } catch (ExprException e) {
      return Type.ANY;
    }
  }

  private static Type elementType(Type t) {
    return t instanceof Type.ListOf l ? l.element() : ((Type.SetOf) t).element();
  }

  private static Type commonType(List<Value> results) {
    List<Type> types = results.stream().map(Value::type).toList();
    Type common = Unify.unify(types);
    return common != null && types.stream().allMatch(common::equals) ? common : null;
  }
}
