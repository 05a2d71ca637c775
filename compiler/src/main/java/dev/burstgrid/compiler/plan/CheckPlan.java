package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;

/**
 * A step's check: evaluated on each instance's output when the runner returns.
 *
 * @param errorMessage null when the check has none
 */
public record CheckPlan(String name, String location, PlanExpr condition, PlanExpr errorMessage) {}
