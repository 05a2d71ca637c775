package dev.burstgrid.compiler.plan.expr;

/** The operators of {@link PlanExpr.Binary} and {@link PlanExpr.Unary}, as the plan names them. */
public enum PlanOperator {
  OR, AND, EQUAL, NOT_EQUAL, GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL,
  ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO,
  /** Unary {@code !}. */
  NOT,
  /** Unary {@code -}. */
  NEGATE;

  static PlanOperator of(dev.burstgrid.compiler.syntax.Operator op) {
    return valueOf(op.name());
  }
}
