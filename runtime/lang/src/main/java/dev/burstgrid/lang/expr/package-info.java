/**
 * HCL expression semantics for generated code, shared with the compile-time evaluator: one
 * implementation of each rule. Generated code calls {@link dev.burstgrid.lang.expr.Templates},
 * {@link dev.burstgrid.lang.expr.Traversals}, {@link dev.burstgrid.lang.expr.Splats}, {@link
 * dev.burstgrid.lang.expr.ForExprs}, {@link dev.burstgrid.lang.expr.Conditionals}, {@link
 * dev.burstgrid.lang.expr.Operators}, {@link dev.burstgrid.lang.expr.Structures} and {@link
 * dev.burstgrid.lang.expr.Calls} with {@code Value}s and lambdas for the parts evaluated lazily
 * ({@code for} bodies, splat bodies, conditional branches, {@code &&}/{@code ||} operands, {@code
 * try}/{@code can} arguments); {@link dev.burstgrid.lang.expr.Consts} rebuilds compile-time
 * constants.
 *
 * <p>Every failure is an {@link dev.burstgrid.lang.expr.ExprException}: a terse summary, a
 * user-facing detail, and (from generated code) the {@code file:line:col} of the innermost failing
 * HCL expression. The evaluator turns the same exceptions into diagnostics. Values are assumed
 * known at run time; the rules still accept unknown values, which is how the evaluator type-checks.
 *
 * <p>The compiler's {@code GeneratedApiTest} holds this API to what code generation emits: every
 * public static member here (and in {@code GridValues}) is called by a golden grid's generated
 * Java, or is one the compile-time evaluator shares and the test lists as such.
 */
package dev.burstgrid.lang.expr;
