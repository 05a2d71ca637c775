package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Expr;
import java.util.List;

/**
 * A reference as written, flattened: a root name and the steps after it ({@code
 * step.http_request.fan[*].output.status_code} is root {@code step} then attr, attr, splat,
 * attr, attr). {@code expr} is the whole expression it was read from.
 */
public record Traversal(String root, Range rootRange, List<Part> parts, Expr expr) {

  public Traversal {
    parts = List.copyOf(parts);
  }

  public Range range() {
    return expr.range();
  }

  /** One step of a traversal. */
  public sealed interface Part {
    Range range();
  }

  /** {@code .name} */
  public record Attr(String name, Range range) implements Part {}

  /** {@code [key]}: {@code key} is any expression (often a number literal or count.index). */
  public record Index(Expr key, Range range) implements Part {}

  /** {@code [*]} or legacy {@code .*}. */
  public record Splat(Range range) implements Part {}

  /** The attribute name at {@code i}, or null when that part is not an attribute or absent. */
  public String attrAt(int i) {
    return i < parts.size() && parts.get(i) instanceof Attr a ? a.name() : null;
  }
}
