package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.metrics.BuiltInMetrics;
import dev.burstgrid.runtime.metrics.CounterMetric;
import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.metrics.RateMetric;
import dev.burstgrid.runtime.metrics.TrendMetric;

/**
 * A scenario's iteration metrics, recorded under the scenario; the run's totals add up the
 * scenarios' when read.
 */
final class IterationMetrics {

  private final CounterMetric iterations;
  private final TrendMetric duration;
  private final RateMetric failed;
  private final CounterMetric dropped;
  private final CounterMetric interrupted;

  IterationMetrics(MetricRegistry m, String scenario) {
    iterations = m.counter(BuiltInMetrics.ITERATIONS, BuiltInMetrics.scenarioMetric(scenario, BuiltInMetrics.ITERATIONS));
    duration = m.trend(BuiltInMetrics.ITERATION_DURATION,
        BuiltInMetrics.scenarioMetric(scenario, BuiltInMetrics.ITERATION_DURATION));
    failed = m.rate(BuiltInMetrics.ITERATION_FAILED,
        BuiltInMetrics.scenarioMetric(scenario, BuiltInMetrics.ITERATION_FAILED));
    dropped = m.counter(BuiltInMetrics.DROPPED_ITERATIONS,
        BuiltInMetrics.scenarioMetric(scenario, BuiltInMetrics.DROPPED_ITERATIONS));
    interrupted = m.counter(BuiltInMetrics.INTERRUPTED_ITERATIONS);
  }

  /** An iteration ran to its end, {@code nanos} after its intended start. */
  void ended(long nanos, boolean ok) {
    iterations.increment();
    duration.recordNanos(nanos);
    failed.add(!ok);
  }

  void dropped() {
    dropped.increment();
  }

  void interrupted() {
    interrupted.increment();
  }
}
