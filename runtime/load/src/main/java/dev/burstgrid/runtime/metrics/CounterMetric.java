package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.Metrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/** A running total; its rate is per second of the run. */
public final class CounterMetric implements Metrics.Counter {

  private final LongAdder count = new LongAdder();
  private final CopyOnWriteArrayList<CounterMetric> parts = new CopyOnWriteArrayList<>();

  @Override
  public void add(long n) {
    count.add(n);
  }

  public void increment() {
    count.increment();
  }

  /** Counts {@code part}'s additions in this counter too (a total adds up its parts when read). */
  void include(CounterMetric part) {
    parts.addIfAbsent(part); // once, however often it is asked
  }

  public long count() {
    long n = count.sum();
    for (CounterMetric part : parts) {
      n += part.count();
    }
    return n;
  }

  MetricValue snapshot(String name, double seconds) {
    long n = count();
    return new MetricValue(
        name, MetricKind.COUNTER, Map.of("count", (double) n, "rate", seconds > 0 ? n / seconds : 0), null);
  }
}
