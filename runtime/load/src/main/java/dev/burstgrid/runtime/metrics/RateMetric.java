package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.Metrics;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** The share of true outcomes; the snapshot also carries the counts ({@code passes}, {@code fails}). */
public final class RateMetric implements Metrics.Rate {

  private final LongAdder hits = new LongAdder();
  private final LongAdder total = new LongAdder();

  @Override
  public void add(boolean hit) {
    if (hit) {
      hits.increment();
    }
    total.increment();
  }

  MetricValue snapshot(String name) {
    long all = total.sum();
    long passes = Math.min(hits.sum(), all); // read after the total: never more hits than outcomes
    return new MetricValue(
        name,
        MetricKind.RATE,
        Map.of(
            "rate", all == 0 ? 0 : (double) passes / all,
            "passes", (double) passes,
            "fails", (double) (all - passes)),
        null);
  }
}
