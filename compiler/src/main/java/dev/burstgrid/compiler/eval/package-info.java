/**
 * Evaluation of HCL expressions at compile time. {@link dev.burstgrid.compiler.eval.Evaluator}
 * turns an {@code Expr} into a value in a {@link dev.burstgrid.compiler.eval.Scope}, with unknown
 * values standing for what is only known at run time, and reports mistakes as diagnostics; {@link
 * dev.burstgrid.compiler.eval.TypeExprs} reads type expressions. The value semantics themselves
 * (conversion, unification, operators, access) live in the runtime's {@code
 * dev.burstgrid.lang.value} package, and the rules of templates, splats, {@code for}
 * expressions, conditionals, object keys and calls in {@code dev.burstgrid.lang.expr}: generated
 * code runs the same rules, so compile time and run time agree. This package walks the syntax tree,
 * handles unknown values and turns the rules' {@code ExprException}s into diagnostics.
 */
package dev.burstgrid.compiler.eval;
