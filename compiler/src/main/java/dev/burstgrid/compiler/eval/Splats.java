package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.runtime.value.Type;
import dev.burstgrid.runtime.value.Unify;
import dev.burstgrid.runtime.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code src[*].rest} and {@code src.*.rest}: {@code rest} applied to every element. A null source
 * gives an empty tuple; a value that is not a list, set or tuple is treated as a one-element tuple.
 * Lists and sets give lists, tuples give tuples.
 */
final class Splats {
  private final Evaluator evaluator;

  Splats(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Value evaluate(Expr.Splat sp, Scope s, Diagnostics d) {
    int before = d.errorCount();
    Value src = evaluator.eval(sp.source(), s, d);
    if (d.errorCount() > before) {
      return Evaluator.FAILED;
    }
    if (src.isNull()) {
      return new Value.TupleValue(List.of());
    }
    Type type = src.type();
    if (type == Type.ANY) {
      return Evaluator.FAILED;
    }
    boolean sequence = type instanceof Type.ListOf || type instanceof Type.SetOf;
    if (!src.isKnown()) {
      return unknownResult(sp, s, type, d);
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
    List<Value> results = new ArrayList<>();
    for (Value item : items) {
      Diagnostics own = new Diagnostics();
      results.add(evaluator.eval(sp.each(), s.withSplatItem(item), own));
      Repeats.mergeNew(d, own);
    }
    if (d.errorCount() > before) {
      return Evaluator.FAILED;
    }
    if (!sequence) {
      return new Value.TupleValue(results);
    }
    Type elem = results.isEmpty() ? eachType(sp, s, elementType(type), d) : commonType(results);
    return elem == null ? new Value.TupleValue(results) : new Value.ListValue(elem, results);
  }

  /**
   * The result for a source not known yet: {@code each} is checked against an unknown element of
   * the source's element type, so mistakes in it are still reported.
   */
  private Value unknownResult(Expr.Splat sp, Scope s, Type type, Diagnostics d) {
    if (type instanceof Type.ListOf || type instanceof Type.SetOf) {
      return Value.unknown(new Type.ListOf(eachType(sp, s, elementType(type), d)));
    }
    if (type instanceof Type.TupleOf t) {
      List<Type> out = new ArrayList<>();
      for (Type e : t.elements()) {
        out.add(eachType(sp, s, e, d));
      }
      return Value.unknown(new Type.TupleOf(out));
    }
    return Value.unknown(new Type.TupleOf(List.of(eachType(sp, s, type, d))));
  }

  /** The type {@code each} gives for an unknown element of {@code elementType}. */
  private Type eachType(Expr.Splat sp, Scope s, Type elementType, Diagnostics d) {
    int before = d.errorCount();
    Value v = evaluator.eval(sp.each(), s.withSplatItem(Value.unknown(elementType)), d);
    return d.errorCount() > before ? Type.ANY : v.type();
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
