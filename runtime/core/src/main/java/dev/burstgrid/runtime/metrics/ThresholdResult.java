package dev.burstgrid.runtime.metrics;

/**
 * The outcome of one {@code threshold} block, as the (generated) evaluator computed it.
 *
 * @param name the block's label
 * @param condition its source text, e.g. {@code metric.iteration_duration.p95 < 200}
 * @param passed whether the condition held
 * @param measured the values it read, e.g. {@code iteration_duration.p95=12.3ms}
 * @param abortOnFail whether a failure stops the run early
 */
public record ThresholdResult(String name, String condition, boolean passed, String measured, boolean abortOnFail) {}
