package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.runtime.value.ConversionException;
import dev.burstgrid.runtime.value.Convert;
import dev.burstgrid.runtime.value.Type;
import dev.burstgrid.runtime.value.Types;
import dev.burstgrid.runtime.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code [for …]} and {@code {for …}} expressions: a tuple, an object, or with {@code ...} an
 * object whose values are tuples grouping the items that share a key.
 */
final class ForExpressions {
  private final Evaluator evaluator;

  ForExpressions(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Value evaluate(Expr.For f, Scope s, Diagnostics d) {
    int before = d.errorCount();
    Value coll = evaluator.eval(f.collection(), s, d);
    if (d.errorCount() > before) {
      return Evaluator.FAILED;
    }
    if (coll.isNull()) {
      d.error(
          "eval/invalid-for",
          f.collection().range(),
          "Iteration over null value",
          "A null value cannot be used as the collection in a 'for' expression.");
      return Evaluator.FAILED;
    }
    if (!Iteration.iterable(coll.type()) && coll.type() != Type.ANY) {
      d.error(
          "eval/invalid-for",
          f.collection().range(),
          "Iteration over non-iterable value",
          "A value of type "
              + coll.type().friendlyName()
              + " cannot be used as the collection in"
              + " a 'for' expression; a list, set, tuple, map or object is required.");
      return Evaluator.FAILED;
    }
    if (!coll.isKnown()) {
      checkBody(f, s, coll.type(), d);
      return Evaluator.FAILED;
    }
    List<Value> items = new ArrayList<>();
    Map<String, List<Value>> groups = new TreeMap<>();
    boolean known = true;
    for (Iteration.Entry e : Iteration.entries(coll)) {
      Scope inner = s.child(symbols(f, e));
      Diagnostics own = new Diagnostics();
      Boolean include = item(f, inner, own, items, groups);
      Repeats.mergeNew(d, own);
      if (include == null) {
        known = false;
      }
    }
    if (d.errorCount() > before || !known) {
      return Evaluator.FAILED;
    }
    if (f.keyExpr() == null) {
      return new Value.TupleValue(items);
    }
    TreeMap<String, Value> attrs = new TreeMap<>();
    groups.forEach((k, g) -> attrs.put(k, f.grouping() ? new Value.TupleValue(g) : g.get(0)));
    return new Value.ObjectValue(attrs);
  }

  /**
   * Evaluates one item into {@code items} (tuple result) or {@code groups} (object result). Returns
   * false when the item is filtered out or failed, null when it is not known yet.
   */
  private Boolean item(
      Expr.For f, Scope inner, Diagnostics d, List<Value> items, Map<String, List<Value>> groups) {
    Boolean include = include(f, inner, d);
    if (include == null || !include) {
      return include;
    }
    Value key = f.keyExpr() == null ? null : key(f, inner, d);
    Value value = evaluator.eval(f.valueExpr(), inner, d);
    if (d.hasErrors()) {
      return false;
    }
    if (key == null) {
      items.add(value);
      return true;
    }
    if (!key.isKnown()) {
      return null;
    }
    String k = ((Value.Str) key).value();
    List<Value> group = groups.computeIfAbsent(k, x -> new ArrayList<>());
    if (!group.isEmpty() && !f.grouping()) {
      d.error(
          "eval/duplicate-key",
          f.keyExpr().range(),
          "Duplicate object key",
          "Two different items produced the key \""
              + k
              + "\" in this 'for' expression. If"
              + " duplicates are expected, use the ellipsis (...) after the value expression"
              + " to enable grouping by key.");
      return false;
    }
    group.add(value);
    return true;
  }

  /**
   * Evaluates the body once per element type of a collection that is not known yet, with unknown
   * symbols, so that mistakes in it are reported at compile time.
   */
  private void checkBody(Expr.For f, Scope s, Type collType, Diagnostics d) {
    for (Iteration.Entry sample : Iteration.samples(collType)) {
      Scope inner = s.child(symbols(f, sample));
      Diagnostics own = new Diagnostics();
      include(f, inner, own);
      if (f.keyExpr() != null) {
        key(f, inner, own);
      }
      evaluator.eval(f.valueExpr(), inner, own);
      Repeats.mergeNew(d, own);
    }
  }

  private static Map<String, Value> symbols(Expr.For f, Iteration.Entry e) {
    Map<String, Value> vars = new HashMap<>();
    if (f.keyVar() != null) {
      vars.put(f.keyVar(), e.key());
    }
    vars.put(f.valueVar(), e.value());
    return vars;
  }

  /** Whether the item passes the {@code if} filter; null when that is not known yet. */
  private Boolean include(Expr.For f, Scope inner, Diagnostics d) {
    if (f.condition() == null) {
      return true;
    }
    int before = d.errorCount();
    Value c = evaluator.eval(f.condition(), inner, d);
    if (d.errorCount() > before) {
      return false;
    }
    if (c.isNull()) {
      d.error(
          "eval/invalid-for",
          f.condition().range(),
          "Condition is null",
          "The value of the 'if' clause must not be null.");
      return false;
    }
    try {
      c = Convert.to(c, Type.BOOL);
    } catch (ConversionException e) {
      d.error(
          "eval/invalid-for",
          f.condition().range(),
          "Invalid 'for' condition",
          "The 'if' clause value is invalid: a bool is required, not "
              + Types.describe(c.type())
              + ".");
      return false;
    }
    return c.isKnown() ? ((Value.Bool) c).value() : null;
  }

  private Value key(Expr.For f, Scope inner, Diagnostics d) {
    int before = d.errorCount();
    Value k = evaluator.eval(f.keyExpr(), inner, d);
    if (d.errorCount() > before) {
      return Evaluator.FAILED;
    }
    if (k.isNull()) {
      d.error(
          "eval/invalid-key",
          f.keyExpr().range(),
          "Invalid object key",
          "Key expression in 'for' expression must not produce a null value.");
      return Evaluator.FAILED;
    }
    try {
      return Convert.to(k, Type.STRING);
    } catch (ConversionException e) {
      d.error(
          "eval/invalid-key",
          f.keyExpr().range(),
          "Invalid object key",
          "The key expression produced an invalid result: a string is required, not "
              + Types.describe(k.type())
              + ".");
      return Evaluator.FAILED;
    }
  }
}
