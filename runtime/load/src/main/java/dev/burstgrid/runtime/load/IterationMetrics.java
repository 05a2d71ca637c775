package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.metrics.BuiltInMetrics;
import dev.burstgrid.runtime.metrics.CounterMetric;
import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.metrics.RateMetric;
import dev.burstgrid.runtime.metrics.TrendMetric;

/** A scenario's iteration metrics, each recorded in the run's total and under the scenario. */
final class IterationMetrics {

  private final CounterMetric iterations;
  private final CounterMetric scenarioIterations;
  private final TrendMetric duration;
  private final TrendMetric scenarioDuration;
  private final RateMetric failed;
  private final RateMetric scenarioFailed;
  private final CounterMetric dropped;
  private final CounterMetric scenarioDropped;
  private final CounterMetric interrupted;

  IterationMetrics(MetricRegistry m, String scenario) {
    iterations = m.counter(BuiltInMetrics.ITERATIONS);
    scenarioIterations = m.counter(BuiltInMetrics.scenarioMetric(scenario, BuiltInMetrics.ITERATIONS));
    duration = m.trend(BuiltInMetrics.ITERATION_DURATION);
    scenarioDuration = m.trend(BuiltInMetrics.scenarioMetric(scenario, BuiltInMetrics.ITERATION_DURATION));
    failed = m.rate(BuiltInMetrics.ITERATION_FAILED);
    scenarioFailed = m.rate(BuiltInMetrics.scenarioMetric(scenario, BuiltInMetrics.ITERATION_FAILED));
    dropped = m.counter(BuiltInMetrics.DROPPED_ITERATIONS);
    scenarioDropped = m.counter(BuiltInMetrics.scenarioMetric(scenario, BuiltInMetrics.DROPPED_ITERATIONS));
    interrupted = m.counter(BuiltInMetrics.INTERRUPTED_ITERATIONS);
  }

  /** An iteration ran to its end, {@code nanos} after its intended start. */
  void ended(long nanos, boolean ok) {
    iterations.increment();
    scenarioIterations.increment();
    duration.recordNanos(nanos);
    scenarioDuration.recordNanos(nanos);
    failed.add(!ok);
    scenarioFailed.add(!ok);
  }

  void dropped() {
    dropped.increment();
    scenarioDropped.increment();
  }

  void interrupted() {
    interrupted.increment();
  }
}
