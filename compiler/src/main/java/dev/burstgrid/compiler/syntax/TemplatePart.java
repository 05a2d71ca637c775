package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.Range;
import java.util.List;

/** One piece of a {@link Expr.Template}. */
public sealed interface TemplatePart extends Node {

  /** Literal text, escapes decoded, strip markers applied. */
  record Literal(String text, Range range) implements TemplatePart {}

  /** {@code ${expr}}. */
  record Interpolation(Expr expr, Range range) implements TemplatePart {}

  /** {@code %{if cond}…%{else}…%{endif}}; {@code whenFalse} is empty without else. */
  record If(Expr condition, List<TemplatePart> whenTrue, List<TemplatePart> whenFalse, Range range)
      implements TemplatePart {
    public If {
      whenTrue = List.copyOf(whenTrue);
      whenFalse = List.copyOf(whenFalse);
    }
  }

  /** {@code %{for k, v in coll}…%{endfor}}; {@code keyVar} null when only one is named. */
  record For(String keyVar, String valueVar, Expr collection, List<TemplatePart> body, Range range)
      implements TemplatePart {
    public For {
      body = List.copyOf(body);
    }
  }
}
