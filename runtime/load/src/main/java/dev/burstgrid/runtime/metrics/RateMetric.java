package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/** The share of true outcomes; the snapshot also carries the counts ({@code passes}, {@code fails}). */
public final class RateMetric implements Metrics.Rate {

  private final LongAdder hits = new LongAdder();
  private final LongAdder total = new LongAdder();
  private final CopyOnWriteArrayList<RateMetric> parts = new CopyOnWriteArrayList<>();

  @Override
  public void add(boolean hit) {
    if (hit) {
      hits.increment();
    }
    total.increment();
  }

  /** Counts {@code part}'s outcomes in this rate too (a total adds up its parts when read). */
  void include(RateMetric part) {
    parts.addIfAbsent(part); // once, however often it is asked
  }

  MetricValue snapshot(String name) {
    long all = 0;
    long passes = 0;
    for (RateMetric r : all()) {
      long t = r.total.sum();
      all += t;
      passes += Math.min(r.hits.sum(), t); // read after the total: never more hits than outcomes
    }
    return new MetricValue(
        name,
        MetricKind.RATE,
        Map.of(
            "rate", all == 0 ? 0 : (double) passes / all,
            "passes", (double) passes,
            "fails", (double) (all - passes)),
        null);
  }

  private List<RateMetric> all() {
    if (parts.isEmpty()) {
      return List.of(this);
    }
    List<RateMetric> all = new ArrayList<>(parts);
    all.add(this);
    return all;
  }
}
