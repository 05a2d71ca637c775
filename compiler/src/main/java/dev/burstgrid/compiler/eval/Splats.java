package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;

/**
 * {@code src[*].rest} and {@code src.*.rest}, by the run-time rule ({@link
 * dev.burstgrid.lang.expr.Splats}); here each element's mistakes become diagnostics, and a
 * mistake repeated for every element is reported once.
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
    if (src.type() == Type.ANY && !src.isNull()) {
      return Evaluator.FAILED;
    }
    boolean[] itemFailed = {false};
    Value result =
        dev.burstgrid.lang.expr.Splats.apply(
            src,
            item -> each(sp, s, item, d, itemFailed),
            item -> each(sp, s, item, d, new boolean[1]));
    return itemFailed[0] ? Evaluator.FAILED : result;
  }

  private Value each(Expr.Splat sp, Scope s, Value item, Diagnostics d, boolean[] failed) {
    Diagnostics own = new Diagnostics();
    Value v = evaluator.eval(sp.each(), s.withSplatItem(item), own);
    Repeats.mergeNew(d, own);
    failed[0] |= own.hasErrors();
    return own.hasErrors() ? Evaluator.FAILED : v;
  }
}
