package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.RunMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

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

  @Override
  public void ended(long nanos, boolean ok) {
    duration.recordNanos(nanos);
    failed.add(!ok);
  }

  @Override
  public Trend trend(String name) {
    return view(trends, name, registry::trend, StepMetrics::both);
  }

  @Override
  public Counter counter(String name) {
    return view(counters, name, registry::counter, StepMetrics::both);
  }

  @Override
  public Rate rate(String name) {
    return view(rates, name, registry::rate, StepMetrics::both);
  }

  @Override
  public Gauge gauge(String name) {
    return view(gauges, name, registry::gauge, StepMetrics::both);
  }

  /** The cached view that records into metric {@code name} and into {@code step.T.N.name}. */
  private <V, M> V view(Map<String, V> views, String name, Function<String, M> metric, BiFunction<M, M, V> both) {
    V v = views.get(name);
    return v != null ? v : views.computeIfAbsent(name, n -> both.apply(metric.apply(n), metric.apply(scoped(n))));
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

  private static Trend both(TrendMetric total, TrendMetric mine) {
    return new Trend() {
      @Override
      public void record(double value) {
        total.record(value);
        mine.record(value);
      }

      @Override
      public void recordNanos(long nanos) {
        total.recordNanos(nanos);
        mine.recordNanos(nanos);
      }
    };
  }

  private static Counter both(CounterMetric total, CounterMetric mine) {
    return n -> {
      total.add(n);
      mine.add(n);
    };
  }

  private static Rate both(RateMetric total, RateMetric mine) {
    return hit -> {
      total.add(hit);
      mine.add(hit);
    };
  }

  private static Gauge both(GaugeMetric total, GaugeMetric mine) {
    return v -> {
      total.set(v);
      mine.set(v);
    };
  }
}
