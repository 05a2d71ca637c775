/**
 * Code generation: a checked {@link dev.burstgrid.compiler.plan.Plan} becomes one Java class
 * per grid ({@link dev.burstgrid.compiler.codegen.GridWriter}), compiled in memory ({@link
 * dev.burstgrid.compiler.codegen.InMemoryCompiler}) or packed with the runtime and modules into
 * a runnable jar ({@link dev.burstgrid.compiler.codegen.GridJar}).
 *
 * <p>Shape of a generated class {@code bggo.generated.<Name>Grid}: constants for the declared
 * variables, runners, assets and each step's {@code StepInfo} (address and HCL location); one
 * field per local, resource handle and step (its future, list of futures for a static group,
 * or {@code DynamicGroup}); per step a {@code scheduleX()} method (a loop for a static group,
 * {@code run.dynamicGroup} for a run-time one) and a {@code runX(ctx, …)} body that builds the
 * runner's input record directly. Grids of more than {@code ITEMS_PER_PART} steps put those
 * methods in inner classes {@code Steps0 … StepsN}. Entry points: {@code public static
 * RunResult run(RunOptions, Map<String, Value>)} and {@code main(String[])}.
 */
package dev.burstgrid.compiler.codegen;
