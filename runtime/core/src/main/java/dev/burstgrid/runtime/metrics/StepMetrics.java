package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.Metrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The metrics of one step block: its {@code duration} and {@code failed}, and the view its
 * runner records through ({@link dev.burstgrid.runtime.spi.RunContext#metrics()}), where each
 * metric counts in its total and under the step.
 */
public final class StepMetrics implements Metrics {

  private final MetricRegistry registry;
  private final String step;
  private final TrendMetric duration;
  private final RateMetric failed;
  // One map per kind: a runner may use one name for two kinds only by mistake, and the
  // registry then says so instead of a cast failing here.
  private final Map<String, Trend> trends = new ConcurrentHashMap<>();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Rate> rates = new ConcurrentHashMap<>();
  private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

  StepMetrics(MetricRegistry registry, String step) {
    this.registry = registry;
    this.step = step;
    this.duration = registry.trend(BuiltInMetrics.stepMetric(step, BuiltInMetrics.STEP_DURATION));
    this.failed = registry.rate(BuiltInMetrics.stepMetric(step, BuiltInMetrics.STEP_FAILED));
  }

  /** One instance of the step ended: it ran for {@code nanos} and succeeded or failed on its own. */
  public void ended(long nanos, boolean ok) {
    duration.recordNanos(nanos);
    failed.add(!ok);
  }

  @Override
  public Trend trend(String name) {
    return view(trends, name, n -> registry.trend(n, scoped(n)));
  }

  @Override
  public Counter counter(String name) {
    return view(counters, name, n -> registry.counter(n, scoped(n)));
  }

  @Override
  public Rate rate(String name) {
    return view(rates, name, n -> registry.rate(n, scoped(n)));
  }

  @Override
  public Gauge gauge(String name) {
    return view(gauges, name, n -> both(registry.gauge(n), registry.gauge(scoped(n))));
  }

  /**
   * The cached view that records into {@code step.T.N.name}; metric {@code name}, the total over
   * steps, adds it up when read (a gauge is set in both: its total is the last value set).
   */
  private static <V> V view(Map<String, V> views, String name, Function<String, V> create) {
    V v = views.get(name);
    return v != null ? v : views.computeIfAbsent(name, create);
  }

  @Override
  public void check(String name, boolean passed) {
    registry.check(step, name, passed);
  }

  @Override
  public void check(String name, String location, boolean passed) {
    registry.check(step, name, location, passed);
  }

  private String scoped(String name) {
    return BuiltInMetrics.stepMetric(step, name);
  }

  private static Gauge both(GaugeMetric total, GaugeMetric mine) {
    return v -> {
      total.set(v);
      mine.set(v);
    };
  }
}
