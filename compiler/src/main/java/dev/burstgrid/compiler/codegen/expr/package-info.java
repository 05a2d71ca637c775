/**
 * Java code for HCL expressions: {@link dev.burstgrid.compiler.codegen.expr.ExprWriter} writes a
 * {@code PlanExpr} as a Java expression of type {@code Value}, reaching roots through the grid
 * writer's {@link dev.burstgrid.compiler.codegen.expr.ExprEnv}; {@link
 * dev.burstgrid.compiler.codegen.expr.JavaTypes} converts values to and from the Java types of
 * runner records; {@link dev.burstgrid.compiler.codegen.expr.JavaLiterals} writes grid text as
 * ASCII-only Java string literals.
 */
package dev.burstgrid.compiler.codegen.expr;
