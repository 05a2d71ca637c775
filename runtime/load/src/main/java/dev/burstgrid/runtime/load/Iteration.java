package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunResult;

/**
 * One run of a grid's DAG (or of the steps a scenario names), the unit of load. Generated code
 * implements it with fresh step state per call, declaring each resource with its scope:
 *
 * <pre>{@code
 * Iteration iteration = ctx -> {
 *   try (GridRun run = GridRun.start(ctx.binding())) {
 *     new MyGrid(variables, ctx).schedule(run); // reads ctx.vuId() etc. for vu.* references
 *     return run.await();
 *   }
 * };
 * }</pre>
 *
 * Called concurrently by many VUs, so it keeps no state of its own between calls.
 */
@FunctionalInterface
public interface Iteration {

  /** Runs one iteration to its end; a failed step is a FAILED result, not an exception. */
  RunResult run(IterationContext context) throws Exception;
}
