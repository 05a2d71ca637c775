package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.RunMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The metrics of one load run, by name. Metrics are created on first use; asking for an
 * existing name as another kind is a programming error. Thread-safe; lookups are one
 * concurrent-map read.
 */
public final class MetricRegistry implements RunMetrics {

  private final Map<String, Object> metrics = new ConcurrentHashMap<>();
  private final Map<String, StepMetrics> steps = new ConcurrentHashMap<>();
  private final Map<List<String>, RateMetric> checks = new ConcurrentHashMap<>();
  private final Map<List<String>, String> checkLocations = new ConcurrentHashMap<>(); // for reports
  private final RateMetric allChecks;
  private final LongSupplier clock;
  private final long startNanos;

  public MetricRegistry(LongSupplier nanoClock) {
    this.clock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
    this.allChecks = rate(BuiltInMetrics.CHECKS);
  }

  public TrendMetric trend(String name) {
    return typed(name, TrendMetric.class);
  }

  public CounterMetric counter(String name) {
    return typed(name, CounterMetric.class);
  }

  public RateMetric rate(String name) {
    return typed(name, RateMetric.class);
  }

  public GaugeMetric gauge(String name) {
    return typed(name, GaugeMetric.class);
  }

  /** Trend {@code part}, counted in trend {@code total} too (which adds up its parts when read). */
  public TrendMetric trend(String total, String part) {
    TrendMetric p = trend(part);
    trend(total).include(p);
    return p;
  }

  /** Counter {@code part}, counted in counter {@code total} too. */
  public CounterMetric counter(String total, String part) {
    CounterMetric p = counter(part);
    counter(total).include(p);
    return p;
  }

  /** Rate {@code part}, counted in rate {@code total} too. */
  public RateMetric rate(String total, String part) {
    RateMetric p = rate(part);
    rate(total).include(p);
    return p;
  }

  /** The metrics of one step block ({@code step.T.N}, the same for all its instances). */
  @Override
  public StepMetrics step(String step) {
    StepMetrics m = steps.get(step);
    return m != null ? m : steps.computeIfAbsent(step, s -> new StepMetrics(this, s));
  }

  /** Records one evaluation of a check of {@code step}; also counted in {@code checks}. */
  public void check(String step, String name, boolean passed) {
    check(step, name, "", passed);
  }

  /** As {@link #check(String, String, boolean)}; {@code location} is the block's file:line:col. */
  public void check(String step, String name, String location, boolean passed) {
    checks.computeIfAbsent(List.of(step, name), k -> {
      checkLocations.put(k, location);
      return new RateMetric();
    }).add(passed);
    allChecks.add(passed);
  }

  public Duration elapsed() {
    return Duration.ofNanos(clock.getAsLong() - startNanos);
  }

  /** Every metric now; trends carry a copy of their histogram when {@code withHistograms}. */
  public MetricsSnapshot snapshot(boolean withHistograms) {
    Duration elapsed = elapsed(); // read first: the values are as of then, or a little later
    return snapshot(elapsed, metrics.keySet(), withHistograms, checkResults());
  }

  /**
   * Only the named metrics (those that exist) and no checks: what a progress line shows, without
   * the percentiles of every step's trends each second.
   */
  public MetricsSnapshot snapshot(Collection<String> names) {
    return snapshot(elapsed(), names, false, List.of());
  }

  private MetricsSnapshot snapshot(
      Duration elapsed, Collection<String> names, boolean withHistograms, List<CheckResult> checks) {
    double seconds = elapsed.toNanos() / 1e9;
    Map<String, MetricValue> values = new HashMap<>();
    for (String name : names) {
      Object metric = metrics.get(name);
      if (metric != null) {
        values.put(name, value(name, metric, seconds, withHistograms));
      }
    }
    return new MetricsSnapshot(elapsed, values, checks);
  }

  private List<CheckResult> checkResults() {
    List<CheckResult> results = new ArrayList<>();
    checks.forEach((key, rate) -> {
      MetricValue v = rate.snapshot("");
      results.add(new CheckResult(key.get(0), key.get(1), (long) v.get("passes"), (long) v.get("fails"),
          checkLocations.getOrDefault(key, "")));
    });
    results.sort(Comparator.comparing(CheckResult::step).thenComparing(CheckResult::name));
    return results;
  }

  private static MetricValue value(String name, Object metric, double seconds, boolean withHistograms) {
    if (metric instanceof TrendMetric) {
      return ((TrendMetric) metric).snapshot(name, withHistograms);
    } else if (metric instanceof CounterMetric) {
      return ((CounterMetric) metric).snapshot(name, seconds);
    } else if (metric instanceof RateMetric) {
      return ((RateMetric) metric).snapshot(name);
    }
    return ((GaugeMetric) metric).snapshot(name);
  }

  private <M> M typed(String name, Class<M> type) {
    Object m = metrics.get(name);
    if (m == null) {
      m = metrics.computeIfAbsent(name, n -> create(type));
    }
    if (!type.isInstance(m)) {
      throw new IllegalArgumentException(
          "metric " + name + " is a " + kindOf(m) + ", not a " + kindOf(create(type)));
    }
    return type.cast(m);
  }

  private static Object create(Class<?> type) {
    if (type == TrendMetric.class) {
      return new TrendMetric();
    } else if (type == CounterMetric.class) {
      return new CounterMetric();
    } else if (type == RateMetric.class) {
      return new RateMetric();
    }
    return new GaugeMetric();
  }

  private static String kindOf(Object metric) {
    return metric.getClass().getSimpleName().replace("Metric", "").toLowerCase(java.util.Locale.ROOT);
  }
}
