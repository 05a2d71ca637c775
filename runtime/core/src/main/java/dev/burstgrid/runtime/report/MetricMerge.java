package dev.burstgrid.runtime.report;

import dev.burstgrid.runtime.metrics.MetricValue;
import dev.burstgrid.runtime.metrics.TrendMetric;
import dev.burstgrid.runtime.spi.MetricKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Adds the metrics of processes that ran at the same time (segments of one run): trend
 * histograms exactly (HdrHistogram add, resizing to the widest range), counters and rate
 * counts summed, counter rates over the common {@code seconds}. Gauges are summed too — the
 * VUs of N processes are their sum — so a merged {@code max} is an upper bound: the
 * processes' peaks need not have been at the same instant.
 */
final class MetricMerge {

  private MetricMerge() {}

  static List<MetricValue> merge(List<List<MetricValue>> parts, double seconds) {
    Map<String, MetricValue> merged = new TreeMap<>();
    for (List<MetricValue> part : parts) {
      for (MetricValue v : part) {
        MetricValue before = merged.get(v.name());
        if (before != null && before.kind() != v.kind()) {
          throw new ReportFormatException(
              "metric " + v.name() + " is a " + before.kind() + " in one report and a " + v.kind() + " in another");
        }
        merged.put(v.name(), before == null ? copy(v) : add(before, v));
      }
    }
    merged.replaceAll((name, v) -> withRate(v, seconds));
    return List.copyOf(merged.values());
  }

  private static MetricValue copy(MetricValue v) {
    return v.histogram() == null ? v : new MetricValue(v.name(), v.kind(), v.fields(), resizable(v.histogram()));
  }

  private static MetricValue add(MetricValue a, MetricValue b) {
    if (a.kind() == MetricKind.TREND) {
      Histogram sum = a.histogram();
      sum.add(b.histogram());
      return new MetricValue(a.name(), a.kind(), TrendMetric.fields(sum), sum);
    }
    Map<String, Double> f = new LinkedHashMap<>(a.fields());
    b.fields().forEach((field, value) -> f.merge(field, value, Double::sum));
    return new MetricValue(a.name(), a.kind(), f, null);
  }

  /** Rates from the summed counts: a counter's per second, a rate's share of passes. */
  private static MetricValue withRate(MetricValue v, double seconds) {
    Map<String, Double> f = new LinkedHashMap<>(v.fields());
    if (v.kind() == MetricKind.COUNTER) {
      f.put("rate", v.get("count") / Math.max(seconds, 1e-9));
    } else if (v.kind() == MetricKind.RATE) {
      double all = v.get("passes") + v.get("fails");
      f.put("rate", all == 0 ? 0 : v.get("passes") / all);
    } else {
      return v;
    }
    return new MetricValue(v.name(), v.kind(), f, null);
  }

  private static Histogram resizable(Histogram h) {
    Histogram copy = new Histogram(h.getNumberOfSignificantValueDigits());
    copy.setAutoResize(true);
    copy.add(h);
    return copy;
  }
}
