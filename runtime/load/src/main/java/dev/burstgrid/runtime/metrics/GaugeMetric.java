package dev.burstgrid.runtime.metrics;

import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.Metrics;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A current value and the highest it reached. */
public final class GaugeMetric implements Metrics.Gauge {

  private final AtomicLong value = new AtomicLong();
  private final AtomicLong max = new AtomicLong();

  @Override
  public void set(long v) {
    value.set(v);
    max.accumulateAndGet(v, Math::max);
  }

  /** Adds {@code delta} to the value, atomically (e.g. a VU starting or retiring). */
  public void add(long delta) {
    long v = value.addAndGet(delta);
    max.accumulateAndGet(v, Math::max);
  }

  MetricValue snapshot(String name) {
    return new MetricValue(
        name, MetricKind.GAUGE, Map.of("value", (double) value.get(), "max", (double) max.get()), null);
  }
}
