package dev.burstgrid.compiler.plan.expr;

import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.lang.value.Value;
import java.util.List;

/**
 * An HCL expression ready for code generation: root references resolved, constant parts folded into
 * {@link Const}, everything else mirroring the syntax tree. Every node keeps its source range so a
 * run-time failure can name {@code file:line:col}.
 *
 * <p>Names bound inside the expression (the variables of {@code for} expressions and template
 * {@code %{for}} directives, and the current element of a splat) are {@link Symbol}s. A splat's
 * element symbol is named {@code *0}, {@code *1}, … by nesting depth; no HCL identifier can clash
 * with it.
 */
public sealed interface PlanExpr {

  Range range();

  /** A value computed at compile time. */
  record Const(Value value, Range range) implements PlanExpr {}

  /**
   * {@code step.R.N}: the whole step as HCL sees it — {@code {output = {...}}} for a single step, a
   * tuple of those for a count group, an object keyed by key for a for_each group. {@code stepKey}
   * is {@code "R.N"}.
   */
  record StepRoot(String stepKey, Range range) implements PlanExpr {}

  /** {@code resource.T.N}; {@code key} is {@code "T.N"}. */
  record ResourceRoot(String key, Range range) implements PlanExpr {}

  /** {@code var.x}: a run-time input of the grid. */
  record VarRoot(String name, Range range) implements PlanExpr {}

  /** {@code local.x}. */
  record LocalRoot(String name, Range range) implements PlanExpr {}

  /** {@code count}: the object {@code {index = n}} of the current instance. */
  record CountRoot(Range range) implements PlanExpr {}

  /** {@code each}: the object {@code {key = k, value = v}} of the current instance. */
  record EachRoot(Range range) implements PlanExpr {}

  /**
   * {@code vu} ({@code {id, iteration}}) or {@code scenario} ({@code {name, iteration}}): who runs
   * this iteration of the grid; {@code root} is {@code "vu"} or {@code "scenario"}.
   */
  record IterationRoot(String root, Range range) implements PlanExpr {}

  /** {@code self} in a check: {@code {output = {...}}} of the instance being checked. */
  record SelfRoot(Range range) implements PlanExpr {}

  /**
   * A part that can only fail (a name no root or symbol resolves): checked grids have none, but one
   * inside {@code try}, {@code can} or a short-circuited operand must fail only when reached, as in
   * the evaluator.
   */
  record Invalid(String summary, String detail, Range range) implements PlanExpr {}

  /** A name bound inside the expression: a for variable or a splat element. */
  record Symbol(String name, Range range) implements PlanExpr {}

  /** A string template with at least one non-literal part. */
  record Template(List<TemplatePiece> parts, Range range) implements PlanExpr {
    public Template {
      parts = List.copyOf(parts);
    }
  }

  /** {@code target.name}. */
  record GetAttr(PlanExpr target, String name, Range range) implements PlanExpr {}

  /** {@code target[key]}. */
  record Index(PlanExpr target, PlanExpr key, Range range) implements PlanExpr {}

  /** {@code source[*].rest}: {@code each} is evaluated with {@code item} bound to an element. */
  record Splat(PlanExpr source, String item, PlanExpr each, Range range) implements PlanExpr {}

  /**
   * {@code name(args...)}; {@code try} and {@code can} are calls too (their arguments are evaluated
   * lazily by the runtime).
   */
  record Call(String name, List<PlanExpr> args, boolean expandFinal, Range range)
      implements PlanExpr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code condition ? whenTrue : whenFalse}. */
  record Conditional(PlanExpr condition, PlanExpr whenTrue, PlanExpr whenFalse, Range range)
      implements PlanExpr {}

  /** A binary operator ({@code &&} and {@code ||} included). */
  record Binary(PlanOperator op, PlanExpr left, PlanExpr right, Range range) implements PlanExpr {}

  /** {@code !x}, {@code -x}. */
  record Unary(PlanOperator op, PlanExpr operand, Range range) implements PlanExpr {}

  /** {@code [a, b]}. */
  record Tuple(List<PlanExpr> items, Range range) implements PlanExpr {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /** {@code {k = v, (expr) = v2}}; literal keys are {@link Const} strings. */
  record ObjectCons(List<Item> items, Range range) implements PlanExpr {
    public ObjectCons {
      items = List.copyOf(items);
    }
  }

  /** One {@code key = value} of an {@link ObjectCons}. */
  record Item(PlanExpr key, PlanExpr value) {}

  /**
   * {@code [for k, v in coll : value if cond]} ({@code keyExpr == null}) or {@code {for k, v in
   * coll : key => value... if cond}}. {@code keyVar} and {@code condition} may be null.
   */
  record For(
      String keyVar,
      String valueVar,
      PlanExpr collection,
      PlanExpr keyExpr,
      PlanExpr valueExpr,
      PlanExpr condition,
      boolean grouping,
      Range range)
      implements PlanExpr {}
}
