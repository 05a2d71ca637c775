/**
 * Metrics of a load run: {@link dev.burstgrid.runtime.metrics.MetricRegistry} (trends in
 * HdrHistograms, counters, rates, gauges, checks), read through immutable {@link
 * dev.burstgrid.runtime.metrics.MetricsSnapshot}s by name and field. {@link
 * dev.burstgrid.runtime.metrics.MetricCatalogue} lists, before a run, every name a grid can
 * have (built-ins, per step, per scenario, and what runners declare with {@link
 * dev.burstgrid.runtime.spi.RunnerMetric}), for compile-time checks of thresholds. The core's
 * scheduler records each step's end through {@link dev.burstgrid.runtime.spi.RunMetrics}, which
 * the registry implements.
 */
package dev.burstgrid.runtime.metrics;
