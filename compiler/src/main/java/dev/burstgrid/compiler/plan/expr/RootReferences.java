package dev.burstgrid.compiler.plan.expr;

import dev.burstgrid.compiler.syntax.Expr;
import java.util.function.Predicate;

/**
 * Recognises the root references of a grid at the start of a traversal: {@code step.R.N}, {@code
 * resource.T.N}, {@code var.x}, {@code local.x}, {@code count}, {@code each}. An attribute may also
 * be written as an index with a string literal ({@code var["x"]}).
 */
final class RootReferences {
  private RootReferences() {}

  /**
   * The root node {@code e} stands for, or null when {@code e} is not exactly a root reference (it
   * has more steps, or its root name is bound inside the expression).
   */
  static PlanExpr resolve(Expr e, Predicate<String> isBound) {
    if (e instanceof Expr.Variable v) {
      if (isBound.test(v.name())) {
        return null;
      }
      if (v.name().equals("count")) {
        return new PlanExpr.CountRoot(v.range());
      }
      if (v.name().equals("each")) {
        return new PlanExpr.EachRoot(v.range());
      }
      if (v.name().equals("vu") || v.name().equals("scenario") || v.name().equals("race")) {
        return new PlanExpr.IterationRoot(v.name(), v.range());
      }
      if (v.name().equals("self")) {
        return new PlanExpr.SelfRoot(v.range());
      }
      return null;
    }
    String last = stepName(e);
    if (last == null) {
      return null;
    }
    Expr parent = target(e);
    if (parent instanceof Expr.Variable v && !isBound.test(v.name())) {
      switch (v.name()) {
        case "var":
          return new PlanExpr.VarRoot(last, e.range());
        case "local":
          return new PlanExpr.LocalRoot(last, e.range());
        default:
          return null;
      }
    }
    String middle = stepName(parent);
    if (middle != null && target(parent) instanceof Expr.Variable v && !isBound.test(v.name())) {
      switch (v.name()) {
        case "step":
          return new PlanExpr.StepRoot(middle + "." + last, e.range());
        case "resource":
          return new PlanExpr.ResourceRoot(middle + "." + last, e.range());
        default:
          return null;
      }
    }
    return null;
  }

  /** The name an attribute step (or an index by string literal) selects, else null. */
  private static String stepName(Expr e) {
    if (e instanceof Expr.GetAttr g) {
      return g.name();
    }
    if (e instanceof Expr.Index i && i.key() instanceof Expr.Template t) {
      return t.literalText();
    }
    return null;
  }

  private static Expr target(Expr e) {
    if (e instanceof Expr.GetAttr g) {
      return g.target();
    }
    return e instanceof Expr.Index i ? i.target() : null;
  }
}
