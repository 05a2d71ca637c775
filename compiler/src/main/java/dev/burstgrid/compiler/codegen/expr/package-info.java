/**
 * Java code for HCL expressions: {@link dev.burstgrid.compiler.codegen.expr.ExprWriter} writes a
 * {@code PlanExpr} as a Java expression of type {@code Value}, reaching roots through the grid
 * writer's {@link dev.burstgrid.compiler.codegen.expr.ExprEnv} (typed where the roots allow:
 * {@code long} arithmetic on {@code count.index}, string concatenation for templates, output
 * fields read from their records); {@link dev.burstgrid.compiler.codegen.expr.JavaLiterals}
 * writes grid text as ASCII-only Java string literals.
 */
package dev.burstgrid.compiler.codegen.expr;
