package dev.burstgrid.runtime.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Every metric of a run at one moment: what thresholds, the progress line, the summary and
 * reports read. Immutable.
 *
 * @param elapsed run time at the snapshot (counters' rates are per second of it)
 * @param metrics by name, in name order
 * @param checks every check evaluated so far, by step then name
 */
public record MetricsSnapshot(Duration elapsed, Map<String, MetricValue> metrics, List<CheckResult> checks) {

  public MetricsSnapshot {
    metrics = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metrics));
    checks = List.copyOf(checks);
  }

  /** A field of a metric, e.g. {@code value("step.http_request.login.duration", "p95")}. */
  public OptionalDouble value(String name, String field) {
    MetricValue v = metrics.get(name);
    return v == null ? OptionalDouble.empty() : v.field(field);
  }

  /**
   * A field that the compiler has checked exists: a metric nothing recorded yet reads as 0 (a
   * step that never ran has a count of 0).
   */
  public double valueOrZero(String name, String field) {
    return value(name, field).orElse(0);
  }

  public Optional<MetricValue> get(String name) {
    return Optional.ofNullable(metrics.get(name));
  }

  /** The names of the metrics recorded so far. */
  public Set<String> names() {
    return metrics.keySet();
  }
}
