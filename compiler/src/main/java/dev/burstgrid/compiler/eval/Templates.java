package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.TemplatePart;
import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.expr.Iteration;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quoted templates and heredocs. Interpolated values are converted to strings; a template that is
 * exactly one interpolation yields that value unconverted. Any unknown piece makes the whole result
 * an unknown string.
 */
final class Templates {
  private final Evaluator evaluator;

  Templates(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  Value evaluate(Expr.Template t, Scope s, Diagnostics d) {
    List<TemplatePart> parts = t.parts();
    if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation only) {
      return evaluator.eval(only.expr(), s, d);
    }
    int before = d.errorCount();
    StringBuilder sb = new StringBuilder();
    boolean known = render(parts, s, d, sb);
    if (d.errorCount() > before) {
      return Value.unknown(Type.STRING);
    }
    return known ? Value.string(sb.toString()) : Value.unknown(Type.STRING);
  }

  /** Appends the rendered parts; false when some part is not known yet. */
  private boolean render(List<TemplatePart> parts, Scope s, Diagnostics d, StringBuilder sb) {
    boolean known = true;
    for (TemplatePart part : parts) {
      if (part instanceof TemplatePart.Literal lit) {
        sb.append(lit.text());
      } else if (part instanceof TemplatePart.Interpolation in) {
        known &= interpolate(in, s, d, sb);
      } else if (part instanceof TemplatePart.If cond) {
        known &= conditional(cond, s, d, sb);
      } else if (part instanceof TemplatePart.For loop) {
        known &= repeat(loop, s, d, sb);
      }
    }
    return known;
  }

  private boolean interpolate(
      TemplatePart.Interpolation in, Scope s, Diagnostics d, StringBuilder sb) {
    int before = d.errorCount();
    Value v = evaluator.eval(in.expr(), s, d);
    if (d.errorCount() > before) {
      return true;
    }
    try {
      String text = dev.burstgrid.lang.expr.Templates.text(v);
      if (text == null) {
        return false;
      }
      sb.append(text);
    } catch (ExprException e) {
      d.error("eval/invalid-template-value", in.expr().range(), e.summary(), e.getMessage());
    }
    return true;
  }

  private boolean conditional(TemplatePart.If cond, Scope s, Diagnostics d, StringBuilder sb) {
    int before = d.errorCount();
    Value c = evaluator.eval(cond.condition(), s, d);
    if (d.errorCount() > before) {
      return true;
    }
    Boolean pick;
    try {
      pick = dev.burstgrid.lang.expr.Templates.condition(c);
    } catch (ExprException e) {
      d.error("eval/invalid-condition", cond.condition().range(), e.summary(), e.getMessage());
      return true;
    }
    if (pick == null) {
      return false;
    }
    return render(pick ? cond.whenTrue() : cond.whenFalse(), s, d, sb);
  }

  private boolean repeat(TemplatePart.For loop, Scope s, Diagnostics d, StringBuilder sb) {
    int before = d.errorCount();
    Value coll = evaluator.eval(loop.collection(), s, d);
    if (d.errorCount() > before) {
      return true;
    }
    try {
      dev.burstgrid.lang.expr.Templates.checkCollection(coll);
    } catch (ExprException e) {
      d.error("eval/invalid-for", loop.collection().range(), e.summary(), e.getMessage());
      return true;
    }
    boolean known = coll.isKnown();
    List<Iteration.Entry> entries =
        known ? Iteration.entries(coll) : Iteration.samples(coll.type());
    // Over an unknown collection the body is still rendered (into a scratch buffer) once
    // per element type, so mistakes in it are reported.
    StringBuilder out = known ? sb : new StringBuilder();
    for (Iteration.Entry e : entries) {
      Map<String, Value> vars = new HashMap<>();
      if (loop.keyVar() != null) {
        vars.put(loop.keyVar(), e.key());
      }
      vars.put(loop.valueVar(), e.value());
      Diagnostics own = new Diagnostics();
      known &= render(loop.body(), s.child(vars), own, out);
      Repeats.mergeNew(d, own);
    }
    return known;
  }
}
