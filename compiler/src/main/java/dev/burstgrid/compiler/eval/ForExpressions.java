package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.expr.ForExprs;
import dev.burstgrid.lang.expr.Iteration;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
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
    try {
      ForExprs.checkCollection(coll);
    } catch (ExprException e) {
      d.error("eval/invalid-for", f.collection().range(), e.summary(), e.getMessage());
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
    return ForExprs.object(groups, f.grouping());
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
      ExprException dup = ForExprs.duplicateKey(k);
      d.error("eval/duplicate-key", f.keyExpr().range(), dup.summary(), dup.getMessage());
      return false;
    }
    group.add(value);
    return true;
  }

  /**
   * Evaluates the body once per element type of a collection that is not known yet, with unknown
   * symbols, so that mistakes in it are reported at compile time. Of a body behind an {@code if}
   * that is not known either, only the {@link StaticErrors}: it may never run.
   */
  private void checkBody(Expr.For f, Scope s, Type collType, Diagnostics d) {
    for (Iteration.Entry sample : Iteration.samples(collType)) {
      Scope inner = s.child(symbols(f, sample));
      Diagnostics own = new Diagnostics();
      boolean runs = Boolean.TRUE.equals(include(f, inner, own));
      Diagnostics body = runs ? own : new Diagnostics();
      if (f.keyExpr() != null) {
        key(f, inner, body);
      }
      evaluator.eval(f.valueExpr(), inner, body);
      if (!runs) {
        StaticErrors.addTo(own, body);
      }
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
    try {
      return ForExprs.include(c);
    } catch (ExprException e) {
      d.error("eval/invalid-for", f.condition().range(), e.summary(), e.getMessage());
      return false;
    }
  }

  private Value key(Expr.For f, Scope inner, Diagnostics d) {
    int before = d.errorCount();
    Value k = evaluator.eval(f.keyExpr(), inner, d);
    if (d.errorCount() > before) {
      return Evaluator.FAILED;
    }
    try {
      return ForExprs.key(k);
    } catch (ExprException e) {
      d.error("eval/invalid-key", f.keyExpr().range(), e.summary(), e.getMessage());
      return Evaluator.FAILED;
    }
  }
}
