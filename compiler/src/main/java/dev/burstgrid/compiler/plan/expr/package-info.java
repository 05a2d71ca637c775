/**
 * The expression IR of the plan: {@link dev.burstgrid.compiler.plan.expr.PlanExpr}, lowered from
 * the syntax tree by {@link dev.burstgrid.compiler.plan.expr.ExprLowering} with root references
 * resolved and constant parts folded. Code generation reads expressions only in this form.
 */
package dev.burstgrid.compiler.plan.expr;
