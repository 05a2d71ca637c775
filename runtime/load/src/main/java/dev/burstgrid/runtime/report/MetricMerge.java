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
 * counts summed, counter rates over the common {@code seconds}.
 *
 * <p>A gauge of N processes is their sum: {@code value}, each process's last value, sums to
 * the total at the end, exactly. Each process's peak is known but not when it was, so the
 * merged peak is bracketed: {@code max}, the sum of the peaks, is an upper bound (exact when
 * the segments peak together, as the VUs of segments of one VU schedule do), and {@code
 * max_sampled}, the largest sum of the processes' values at a common interval's end, a lower
 * bound ({@link #withSampledMaxima}).
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

  /**
   * Each gauge of {@code metrics} with field {@code max_sampled}: the largest of its values in
   * the merged {@code intervals} (each the sum of the processes' values at that interval's
   * end), never above {@code max}; the gauge's end value when there are no intervals.
   */
  static List<MetricValue> withSampledMaxima(List<MetricValue> metrics, List<RunReport.Interval> intervals) {
    Map<String, Double> sampled = new TreeMap<>();
    for (RunReport.Interval in : intervals) {
      for (MetricValue v : in.metrics()) {
        if (v.kind() == MetricKind.GAUGE) {
          sampled.merge(v.name(), v.get("value"), Math::max);
        }
      }
    }
    List<MetricValue> out = new java.util.ArrayList<>();
    for (MetricValue v : metrics) {
      if (v.kind() != MetricKind.GAUGE) {
        out.add(v);
        continue;
      }
      Map<String, Double> f = new LinkedHashMap<>(v.fields());
      double atEnd = v.get("value");
      f.put("max_sampled", Math.min(v.get("max"), Math.max(atEnd, sampled.getOrDefault(v.name(), atEnd))));
      out.add(new MetricValue(v.name(), v.kind(), f, null));
    }
    return out;
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
