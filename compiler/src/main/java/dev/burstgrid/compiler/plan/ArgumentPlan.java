package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.schema.FieldSchema;

/**
 * One component of a step's input or a resource's config.
 *
 * @param value the argument's expression, lowered and folded; null when the grid omits it
 * @param location where the argument's expression starts ({@code grid.hcl:14:11}); null when omitted
 */
public record ArgumentPlan(FieldSchema field, PlanExpr value, String location) {

  /** Whether the grid omits the argument, or sets it to a constant null. */
  public boolean isAbsent() {
    return value == null || value instanceof PlanExpr.Const c && c.value().isNull();
  }
}
