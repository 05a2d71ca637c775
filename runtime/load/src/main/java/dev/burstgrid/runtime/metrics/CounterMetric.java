package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.Metrics;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** A running total; its rate is per second of the run. */
public final class CounterMetric implements Metrics.Counter {

  private final LongAdder count = new LongAdder();

  @Override
  public void add(long n) {
    count.add(n);
  }

  public void increment() {
    count.increment();
  }

  public long count() {
    return count.sum();
  }

  MetricValue snapshot(String name, double seconds) {
    long n = count.sum();
    return new MetricValue(
        name, MetricKind.COUNTER, Map.of("count", (double) n, "rate", seconds > 0 ? n / seconds : 0), null);
  }
}
