package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;
import java.util.List;

/** The names of the metrics the load engine records itself, and how per-step names are formed. */
public final class BuiltInMetrics {

  public static final String ITERATIONS = "iterations";
  public static final String ITERATION_DURATION = "iteration_duration";
  public static final String ITERATION_FAILED = "iteration_failed";
  public static final String DROPPED_ITERATIONS = "dropped_iterations";
  public static final String INTERRUPTED_ITERATIONS = "interrupted_iterations";
  public static final String VUS = "vus";
  public static final String VUS_MAX = "vus_max";
  public static final String CHECKS = "checks";
  public static final String STEP_DURATION = "duration";
  public static final String STEP_FAILED = "failed";

  /** Metrics every load run has. */
  public static final List<MetricSpec> RUN =
      List.of(
          new MetricSpec(ITERATIONS, MetricKind.COUNTER, "iterations that ran to the end, failed or not"),
          new MetricSpec(ITERATION_DURATION, MetricKind.TREND, "time of an iteration from its intended start, ms"),
          new MetricSpec(ITERATION_FAILED, MetricKind.RATE, "share of iterations in which a step failed"),
          new MetricSpec(DROPPED_ITERATIONS, MetricKind.COUNTER, "arrival-rate iterations that could not start"),
          new MetricSpec(INTERRUPTED_ITERATIONS, MetricKind.COUNTER, "iterations cut short by a stop"),
          new MetricSpec(VUS, MetricKind.GAUGE, "virtual users running"),
          new MetricSpec(VUS_MAX, MetricKind.GAUGE, "virtual users allocated"),
          new MetricSpec(CHECKS, MetricKind.RATE, "share of check evaluations that passed"));

  private BuiltInMetrics() {}

  /** {@code step.http_request.login} + {@code duration} → {@code step.http_request.login.duration}. */
  public static String stepMetric(String step, String metric) {
    return step + '.' + metric;
  }

  /** A scenario's own copy of an iteration metric: {@code scenario.browse.iterations}. */
  public static String scenarioMetric(String scenario, String metric) {
    return "scenario." + scenario + '.' + metric;
  }

  /** Metrics every step block has. */
  public static List<MetricSpec> step(String step) {
    return List.of(
        new MetricSpec(stepMetric(step, STEP_DURATION), MetricKind.TREND, "time of one instance, ms"),
        new MetricSpec(stepMetric(step, STEP_FAILED), MetricKind.RATE, "share of instances that failed"));
  }

  /** The iteration metrics every scenario has under its own name. */
  public static List<MetricSpec> scenario(String scenario) {
    return List.of(
        new MetricSpec(scenarioMetric(scenario, ITERATIONS), MetricKind.COUNTER, "iterations of this scenario"),
        new MetricSpec(scenarioMetric(scenario, ITERATION_DURATION), MetricKind.TREND, "its iteration time, ms"),
        new MetricSpec(scenarioMetric(scenario, ITERATION_FAILED), MetricKind.RATE, "its failed share"),
        new MetricSpec(scenarioMetric(scenario, DROPPED_ITERATIONS), MetricKind.COUNTER, "its dropped iterations"));
  }
}
