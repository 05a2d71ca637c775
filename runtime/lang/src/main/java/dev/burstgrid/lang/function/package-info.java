/**
 * HCL's standard functions: Terraform's pure library, for the compile-time evaluator and for
 * generated code alike.
 *
 * <ul>
 *   <li>{@link dev.burstgrid.lang.function.Functions#standard()}: every function by name.
 *   <li>{@link dev.burstgrid.lang.function.FunctionCalls#call}: the one way to call one;
 *       it checks the argument count, rejects nulls, converts arguments to their parameter
 *       types with cty's rules, and answers an unknown value of the result type while an
 *       argument is unknown. Errors are {@link dev.burstgrid.lang.function.FunctionException}s
 *       with user-facing messages and the index of the argument at fault.
 *   <li>{@link dev.burstgrid.lang.function.FunctionCalls#returnType}: the result type for
 *       argument types, for type checking; {@code any} only where it depends on values
 *       ({@code jsondecode}, {@code regex}, {@code flatten} …).
 *   <li>{@link dev.burstgrid.lang.function.FunctionSpec}: how a function is defined.
 * </ul>
 *
 * <p>Not here: {@code try} and {@code can} (the evaluator's, as they see evaluation errors),
 * and anything impure or reaching outside the process ({@code timestamp}, {@code uuid},
 * {@code bcrypt}, {@code file…}).
 */
package dev.burstgrid.lang.function;
