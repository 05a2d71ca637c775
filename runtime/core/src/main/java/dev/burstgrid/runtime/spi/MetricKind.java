package dev.burstgrid.runtime.spi;

import java.util.List;

/**
 * What a metric measures, and so which fields a threshold may read from it (k6's four kinds).
 * Time values are milliseconds.
 */
public enum MetricKind {
  /** A distribution of values (latencies, sizes), kept in an HdrHistogram. */
  TREND(List.of("min", "max", "avg", "med", "p90", "p95", "p99", "p999", "count")),
  /** A running total (requests, bytes); {@code rate} is per second of the run. */
  COUNTER(List.of("count", "rate")),
  /** The share of true among recorded booleans (failures, passed checks). */
  RATE(List.of("rate")),
  /** A value that goes up and down (VUs), with the highest it reached. */
  GAUGE(List.of("value", "max"));

  private final List<String> fields;

  MetricKind(List<String> fields) {
    this.fields = fields;
  }

  /** The fields a threshold can read, e.g. {@code p95} of a trend. */
  public List<String> fields() {
    return fields;
  }
}
