package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.TrendMetric;
import dev.burstgrid.runtime.spi.MetricKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Samples a running load test every interval on its own thread ({@code bggo-report-interval})
 * and keeps what happened in each: the difference of two snapshots, so a trend's interval
 * histogram is exact (the later total minus the earlier one). Costs one histogram copy per
 * trend per interval.
 */
public final class IntervalRecorder {

  private final Supplier<MetricsSnapshot> snapshots;
  private final Duration interval;
  private final List<RunReport.Interval> intervals = new ArrayList<>(); // guarded by this
  private final Thread thread;
  private MetricsSnapshot previous; // guarded by this

  private IntervalRecorder(Supplier<MetricsSnapshot> snapshots, Duration interval) {
    this.snapshots = snapshots;
    this.interval = interval;
    this.thread = new Thread(this::loop, "bggo-report-interval");
    thread.setDaemon(true);
  }

  /** Starts sampling {@code snapshots} (e.g. {@code LoadRun::snapshotWithHistograms}). */
  public static IntervalRecorder start(Supplier<MetricsSnapshot> snapshots, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the report interval must be longer than 0, got " + interval);
    }
    IntervalRecorder r = new IntervalRecorder(snapshots, interval);
    r.thread.start();
    return r;
  }

  public Duration interval() {
    return interval;
  }

  /** Stops sampling; the last (partial) interval ends at {@code end}, the run's final snapshot. */
  public List<RunReport.Interval> finish(MetricsSnapshot end) {
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (previous == null || end.elapsed().compareTo(previous.elapsed()) > 0) {
        add(end);
      }
      return List.copyOf(intervals);
    }
  }

  private void loop() {
    long next = System.nanoTime() + interval.toNanos();
    while (!Thread.currentThread().isInterrupted()) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
          return;
        }
      }
      next += interval.toNanos();
      MetricsSnapshot now = snapshots.get();
      synchronized (this) {
        add(now);
      }
    }
  }

  private void add(MetricsSnapshot now) {
    intervals.add(new RunReport.Interval(now.elapsed(), difference(previous, now)));
    previous = now;
  }

  /** What happened between {@code before} (null: the start) and {@code after}. */
  static List<MetricValue> difference(MetricsSnapshot before, MetricsSnapshot after) {
    double seconds = Math.max(1e-9,
        (after.elapsed().toNanos() - (before == null ? 0 : before.elapsed().toNanos())) / 1e9);
    List<MetricValue> out = new ArrayList<>();
    for (MetricValue v : after.metrics().values()) {
      MetricValue b = before == null ? null : before.metrics().get(v.name());
      out.add(difference(b, v, seconds));
    }
    return out;
  }

  private static MetricValue difference(MetricValue before, MetricValue after, double seconds) {
    if (after.kind() == MetricKind.TREND && after.histogram() != null) {
      Histogram h = after.histogram().copy();
      if (before != null && before.histogram() != null) {
        h.subtract(before.histogram());
      }
      return new MetricValue(after.name(), MetricKind.TREND, TrendMetric.fields(h), h);
    } else if (after.kind() == MetricKind.COUNTER) {
      double count = after.get("count") - (before == null ? 0 : before.get("count"));
      return new MetricValue(after.name(), MetricKind.COUNTER, Map.of("count", count, "rate", count / seconds), null);
    } else if (after.kind() == MetricKind.RATE) {
      double passes = after.get("passes") - (before == null ? 0 : before.get("passes"));
      double fails = after.get("fails") - (before == null ? 0 : before.get("fails"));
      Map<String, Double> f = new HashMap<>();
      f.put("passes", passes);
      f.put("fails", fails);
      f.put("rate", passes + fails == 0 ? 0 : passes / (passes + fails));
      return new MetricValue(after.name(), MetricKind.RATE, f, null);
    }
    return after;
  }
}
