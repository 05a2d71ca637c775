package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decides a step's {@link Expansion} from its {@code count} or {@code for_each}. */
final class ExpansionEvaluator {
  /** The largest group expanded at compile time; beyond it a grid is almost surely wrong. */
  static final int MAX_INSTANCES = GridRun.MAX_INSTANCES;

  interface Eval {
    Value eval(Attribute a, Value count, Value each);
  }

  private final Eval eval;
  private final Diagnostics diags;

  ExpansionEvaluator(Eval eval, Diagnostics diags) {
    this.eval = eval;
    this.diags = diags;
  }

  Expansion expand(StepDecl s) {
    if (s.count() != null) {
      return count(s.count());
    }
    if (s.forEach() != null) {
      return forEach(s.forEach());
    }
    return new Expansion.Single();
  }

  private Expansion count(Attribute a) {
    int before = diags.errorCount();
    Value v = eval.eval(a, null, null);
    if (diags.errorCount() > before) {
      return new Expansion.Counted(0);
    }
    Value n;
    try {
      n = Convert.to(v, Type.NUMBER);
    } catch (ConversionException e) {
      return invalidCount(a, "count must be a whole number, but the value given is "
          + (v instanceof Value.Str str ? "the string \"" + str.value() + "\"" : "a " + v.type().friendlyName()) + ".");
    }
    if (!n.isKnown()) {
      return new Expansion.DynamicCount(a.expr());
    }
    if (n.isNull()) {
      return invalidCount(a, "count cannot be null.");
    }
    BigDecimal d = ((Value.Num) n).value();
    if (d.signum() < 0) {
      return invalidCount(a, "count must not be negative; it is " + d.toPlainString() + ".");
    }
    if (d.stripTrailingZeros().scale() > 0) {
      return invalidCount(a, "count must be a whole number; it is " + d.toPlainString()
          + ". Use floor() or ceil() to round it.");
    }
    if (d.compareTo(BigDecimal.valueOf(MAX_INSTANCES)) > 0) {
      return invalidCount(a, GridRun.tooManyInstances("count is " + d.toPlainString()) + ".");
    }
    return new Expansion.Counted(d.intValueExact());
  }

  private Expansion invalidCount(Attribute a, String detail) {
    diags.error("grid/invalid-count", a.expr().range(), "Invalid count argument", detail);
    return new Expansion.Counted(0);
  }

  private Expansion forEach(Attribute a) {
    int before = diags.errorCount();
    Value v = eval.eval(a, null, null);
    if (diags.errorCount() > before) {
      return new Expansion.Keyed(List.of(), List.of());
    }
    if (!v.isKnown()) {
      return new Expansion.DynamicForEach(a.expr());
    }
    List<String> keys = new ArrayList<>();
    List<Value> values = new ArrayList<>();
    Map<String, Value> entries = null;
    if (v instanceof Value.MapValue m) {
      entries = m.entries();
    } else if (v instanceof Value.ObjectValue o) {
      entries = o.attributes();
    }
    if (entries != null) {
      for (Map.Entry<String, Value> e : entries.entrySet()) {
        keys.add(e.getKey());
        values.add(e.getValue());
      }
    } else if (v instanceof Value.SetValue set && (set.elementType() == Type.STRING || set.elements().isEmpty())) {
      for (Value e : set.elements()) {
        if (!(e instanceof Value.Str str)) {
          return invalidForEach(a, "for_each set elements must be known, non-null strings.");
        }
        keys.add(str.value());
        values.add(e);
      }
    } else if (v.isNull()) {
      return invalidForEach(a, "for_each cannot be null.");
    } else {
      return invalidForEach(a, "for_each needs a map, or a set of strings, but this is "
          + v.type().friendlyName() + ". Convert a list with toset([…]).");
    }
    if (keys.size() > MAX_INSTANCES) {
      return invalidForEach(a, GridRun.tooManyInstances("for_each has " + keys.size() + " elements") + ".");
    }
    return new Expansion.Keyed(keys, values);
  }

  private Expansion invalidForEach(Attribute a, String detail) {
    diags.error("grid/invalid-for-each", a.expr().range(), "Invalid for_each argument", detail);
    return new Expansion.Keyed(List.of(), List.of());
  }
}
