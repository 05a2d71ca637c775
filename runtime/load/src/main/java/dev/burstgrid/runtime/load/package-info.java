/**
 * The load engine: {@link dev.burstgrid.runtime.load.LoadRun} runs {@link
 * dev.burstgrid.runtime.load.Scenario}s, each an {@link dev.burstgrid.runtime.load.Iteration} and one of
 * k6's {@link dev.burstgrid.runtime.load.Executor}s, and reports a {@link
 * dev.burstgrid.runtime.load.LoadResult} with the summary text on the err stream.
 *
 * <p>What generated code provides: an {@code Iteration} per scenario (the whole grid, or the
 * steps the scenario names), which starts {@code GridRun.start(ctx.binding())}, declares each resource
 * with its {@link dev.burstgrid.runtime.ResourceScope}, schedules its steps as in a single run
 * and returns {@code run.await()}; {@code vu.*} and {@code scenario.*} read the {@link
 * dev.burstgrid.runtime.load.IterationContext}; checks call {@code ctx.metrics().check(name, ok)}
 * in the step body; thresholds are a {@link dev.burstgrid.runtime.load.Thresholds} over the
 * {@link dev.burstgrid.runtime.metrics.MetricsSnapshot}. The model is in {@code
 * runtime/core/CONCURRENCY.md}, "Load engine".
 */
package dev.burstgrid.runtime.load;
