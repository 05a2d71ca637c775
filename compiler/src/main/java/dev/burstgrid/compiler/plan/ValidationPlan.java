package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;

/**
 * A {@code validation} rule of a variable, for generated code to check the values a built grid
 * receives (the compiler checks those {@code bggoc run} receives itself).
 *
 * @param condition true when the value is valid; reads only its own variable
 * @param errorMessage the string shown when it is not
 * @param conditionLocation {@code file:line:col} of the condition
 * @param ruleLocation {@code file:line:col} of the {@code validation} block
 */
public record ValidationPlan(PlanExpr condition, PlanExpr errorMessage, String conditionLocation,
    String ruleLocation) {}
