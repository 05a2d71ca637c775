package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;

/** An {@code output} block: printed after a successful run. */
public record OutputPlan(String name, PlanExpr value, boolean sensitive) {}
