package dev.burstgrid.compiler.plan.expr;

import dev.burstgrid.compiler.source.Range;
import java.util.List;

/** One part of a {@link PlanExpr.Template}. */
public sealed interface TemplatePiece {

  /** Literal text. */
  record Text(String text) implements TemplatePiece {}

  /** {@code ${expr}}: the value converted to a string. */
  record Interpolation(PlanExpr expr) implements TemplatePiece {}

  /** {@code %{if cond}…%{else}…%{endif}}. */
  record If(PlanExpr condition, List<TemplatePiece> whenTrue, List<TemplatePiece> whenFalse)
      implements TemplatePiece {
    public If {
      whenTrue = List.copyOf(whenTrue);
      whenFalse = List.copyOf(whenFalse);
    }
  }

  /** {@code %{for k, v in coll}…%{endfor}}; {@code keyVar} may be null. */
  record For(
      String keyVar, String valueVar, PlanExpr collection, List<TemplatePiece> body, Range range)
      implements TemplatePiece {
    public For {
      body = List.copyOf(body);
    }
  }
}
