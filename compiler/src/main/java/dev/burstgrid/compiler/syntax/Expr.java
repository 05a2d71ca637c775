package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.Range;
import java.math.BigDecimal;
import java.util.List;

/**
 * The closed tree of HCL native-syntax expressions. Every node carries its full source
 * range; nodes that diagnostics point into also keep the ranges of their parts.
 *
 * <p>Traversals are ordinary nodes: {@code a.b[0].c} is {@code GetAttr(Index(GetAttr(
 * Variable(a), b), 0), c)}. The legacy index form {@code a.0} becomes an {@link Index} with
 * a number key. A splat {@code src[*].x.y} is a {@link Splat} whose {@code each} expression
 * is built on a {@link SplatItem} standing for one element of {@code src}.
 */
public sealed interface Expr extends Node {

  /** {@code 1}, {@code 1.5e3}: an exact decimal. */
  record NumberLiteral(BigDecimal value, Range range) implements Expr {}

  /** {@code true}, {@code false}. */
  record BoolLiteral(boolean value, Range range) implements Expr {}

  /** {@code null}. */
  record NullLiteral(Range range) implements Expr {}

  /**
   * A quoted string or heredoc: literal text and interpolations/directives. Escapes are
   * already decoded and strip markers ({@code ~}) already applied to neighbouring literal
   * parts. A template whose only part is one interpolation ({@code "${x}"}) yields x's value
   * unconverted, as in HCL.
   */
  record Template(List<TemplatePart> parts, boolean heredoc, Range range) implements Expr {
    public Template {
      parts = List.copyOf(parts);
    }

    /** The text of a template with no interpolations, or null. */
    public String literalText() {
      StringBuilder sb = new StringBuilder();
      for (TemplatePart p : parts) {
        if (!(p instanceof TemplatePart.Literal lit)) {
          return null;
        }
        sb.append(lit.text());
      }
      return sb.toString();
    }
  }

  /** A root name: {@code var}, {@code step}, {@code count}, a for-variable. */
  record Variable(String name, Range range) implements Expr {}

  /** {@code target.name}. */
  record GetAttr(Expr target, String name, Range nameRange, Range range) implements Expr {}

  /** {@code target[key]} (or legacy {@code target.0}). */
  record Index(Expr target, Expr key, Range bracketRange, Range range) implements Expr {}

  /**
   * {@code source[*].rest} (full) or {@code source.*.rest} (legacy: only attribute steps
   * follow). {@code each} is {@code rest} applied to a {@link SplatItem}; for a bare {@code
   * source[*]} it is the SplatItem itself.
   */
  record Splat(Expr source, Expr each, boolean legacy, Range markerRange, Range range)
      implements Expr {}

  /** Stands for the current element inside a {@link Splat#each}. */
  record SplatItem(Range range) implements Expr {}

  /** {@code (inner)}: kept so object keys and ranges behave as written. */
  record Parens(Expr inner, Range range) implements Expr {}

  /** {@code f(a, b...)}; {@code name} may be namespaced ({@code provider::x::f}). */
  record FunctionCall(
      String name,
      Range nameRange,
      List<Expr> args,
      boolean expandFinal,
      Range openParen,
      Range closeParen,
      Range range)
      implements Expr {
    public FunctionCall {
      args = List.copyOf(args);
    }
  }

  /** {@code cond ? a : b}. */
  record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Range range) implements Expr {}

  record Binary(Operator op, Expr left, Expr right, Range opRange, Range range) implements Expr {}

  record Unary(Operator op, Expr operand, Range opRange, Range range) implements Expr {}

  /** {@code [a, b]}. */
  record Tuple(List<Expr> items, Range range) implements Expr {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /**
   * {@code {k = v, "k2": v2, (expr) = v3}}. A key that is a bare {@link Variable} (no
   * parentheses) stands for its own name as a string, as in HCL.
   */
  record ObjectCons(List<ObjectItem> items, Range range) implements Expr {
    public ObjectCons {
      items = List.copyOf(items);
    }
  }

  record ObjectItem(Expr key, Expr value, Range range) {}

  /**
   * {@code [for k, v in coll : value if cond]} ({@code keyExpr == null}) or {@code {for k, v
   * in coll : key => value... if cond}}. {@code keyVar} is null when only one variable is
   * named.
   */
  record For(
      String keyVar,
      String valueVar,
      Expr collection,
      Expr keyExpr,
      Expr valueExpr,
      Expr condition,
      boolean grouping,
      Range range)
      implements Expr {}
}
