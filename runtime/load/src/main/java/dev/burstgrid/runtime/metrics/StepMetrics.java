package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.RunMetrics;

/**
 * The metrics of one step block: its {@code duration} and {@code failed}, and the view its
 * runner records through ({@link dev.burstgrid.runtime.spi.RunContext#metrics()}), where each
 * metric counts in its total and under the step.
 */
public final class StepMetrics implements RunMetrics.Step {

  private final MetricRegistry registry;
  private final String step;
  private final TrendMetric duration;
  private final RateMetric failed;
  // One map per kind: a runner may use one name for two kinds only by mistake, and the
  // registry then says so instead of a cast failing here.
  private final NamedViews<Trend> trends = new NamedViews<>();
  private final NamedViews<Counter> counters = new NamedViews<>();
  private final NamedViews<Rate> rates = new NamedViews<>();
  private final NamedViews<Gauge> gauges = new NamedViews<>();

  StepMetrics(MetricRegistry registry, String step) {
    this.registry = registry;
    this.step = step;
    this.duration = registry.trend(BuiltInMetrics.stepMetric(step, BuiltInMetrics.STEP_DURATION));
    this.failed = registry.rate(BuiltInMetrics.stepMetric(step, BuiltInMetrics.STEP_FAILED));
  }

  @Override
  public void ended(long nanos, boolean ok) {
    duration.recordNanos(nanos);
    failed.add(!ok);
  }

  // Each view records into step.T.N.name; metric name, the total over steps, adds it up when
  // read (a gauge is set in both: its total is the last value set).

  @Override
  public Trend trend(String name) {
    Trend v = trends.get(name);
    return v != null ? v : trends.add(name, registry.trend(name, scoped(name)));
  }

  @Override
  public Counter counter(String name) {
    Counter v = counters.get(name);
    return v != null ? v : counters.add(name, registry.counter(name, scoped(name)));
  }

  @Override
  public Rate rate(String name) {
    Rate v = rates.get(name);
    return v != null ? v : rates.add(name, registry.rate(name, scoped(name)));
  }

  @Override
  public Gauge gauge(String name) {
    Gauge v = gauges.get(name);
    return v != null ? v : gauges.add(name, both(registry.gauge(name), registry.gauge(scoped(name))));
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
