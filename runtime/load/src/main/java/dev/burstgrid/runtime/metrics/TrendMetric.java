package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.Metrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.HdrHistogram.Histogram;

/**
 * A distribution in an HdrHistogram: constant memory however long the run (the arrays grow
 * only with the range of values), three significant digits, mergeable across processes.
 * Writers record into a plain histogram under a lock held for one array increment; a reader
 * swaps it for an empty one and adds it to the running total outside that lock. (HdrHistogram's
 * wait-free {@code Recorder} costs six atomic updates through field updaters per value, slow
 * code until the JIT has compiled it, which is most of a ten-second run on two cores.) A total
 * over several steps or scenarios records nothing itself: it adds up its parts when read, so
 * each value is recorded once.
 *
 * <p>Values are stored as whole thousandths of the unit: microseconds for a time trend in
 * milliseconds.
 */
public final class TrendMetric implements Metrics.Trend {

  static final int DIGITS = 3;
  static final double SCALE = 1000.0;

  private final Object writeLock = new Object();
  private Histogram active = new Histogram(DIGITS); // guarded by writeLock
  private Histogram spare = new Histogram(DIGITS); // guarded by this; empty
  private final Histogram total = new Histogram(DIGITS); // guarded by this
  private final CopyOnWriteArrayList<TrendMetric> parts = new CopyOnWriteArrayList<>();

  @Override
  public void record(double value) {
    recordValue(value <= 0 ? 0 : Math.round(value * SCALE));
  }

  @Override
  public void recordNanos(long nanos) {
    recordValue(Math.max(0, nanos / 1000));
  }

  private void recordValue(long value) {
    synchronized (writeLock) {
      active.recordValue(value);
    }
  }

  /** Counts {@code part}'s values in this trend too, from now on and what it has recorded. */
  void include(TrendMetric part) {
    parts.addIfAbsent(part); // once, however often it is asked
  }

  /** Everything recorded so far (here and in the parts), as a copy the caller owns. */
  public synchronized Histogram histogram() {
    drain();
    Histogram h = total.copy();
    for (TrendMetric part : parts) {
      h.add(part.histogram()); // lock order: a total, then its parts (parts have none)
    }
    return h;
  }

  synchronized MetricValue snapshot(String name, boolean withHistogram) {
    if (parts.isEmpty()) {
      drain();
      return new MetricValue(name, MetricKind.TREND, fields(total), withHistogram ? total.copy() : null);
    }
    Histogram h = histogram(); // a copy already
    return new MetricValue(name, MetricKind.TREND, fields(h), withHistogram ? h : null);
  }

  private void drain() {
    Histogram written;
    synchronized (writeLock) {
      written = active;
      active = spare;
    }
    total.add(written);
    written.reset();
    spare = written;
  }

  /** The trend fields of {@code h} (a trend's histogram, or a sum of them), in the unit of the trend. */
  public static Map<String, Double> fields(Histogram h) {
    Map<String, Double> f = new LinkedHashMap<>();
    boolean empty = h.getTotalCount() == 0;
    f.put("min", empty ? 0 : mid(h, h.getMinValue()));
    f.put("max", empty ? 0 : mid(h, h.getMaxValue()));
    f.put("avg", empty ? 0 : h.getMean() / SCALE);
    f.put("med", mid(h, h.getValueAtPercentile(50)));
    f.put("p90", mid(h, h.getValueAtPercentile(90)));
    f.put("p95", mid(h, h.getValueAtPercentile(95)));
    f.put("p99", mid(h, h.getValueAtPercentile(99)));
    f.put("p999", mid(h, h.getValueAtPercentile(99.9)));
    f.put("count", (double) h.getTotalCount());
    return f;
  }

  /**
   * The middle of the value's bucket, in the trend's unit: the best estimate HdrHistogram
   * has, within ±0.05% (HdrHistogram itself reports the bucket's top).
   */
  private static double mid(Histogram h, long value) {
    return h.medianEquivalentValue(value) / SCALE;
  }
}
