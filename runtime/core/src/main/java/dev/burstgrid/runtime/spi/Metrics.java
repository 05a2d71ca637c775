package dev.burstgrid.runtime.spi;

/**
 * Where a runner records its own metrics ({@link RunContext#metrics()}). Each record counts
 * both in the metric's total and under the step that recorded it, so {@code
 * ctx.metrics().trend("http_req_duration").recordNanos(n)} feeds {@code http_req_duration}
 * and {@code step.http_request.login.http_req_duration}. Declare the names a runner records
 * with {@link RunnerMetric} so that thresholds over them are checked at compile time.
 *
 * <p>Recording is thread-safe and never blocks. Outside a load test nothing is recorded.
 */
public interface Metrics {

  /** Records nothing: a single run, or a context that collects no metrics. */
  Metrics NONE = new Metrics() {};

  /** A distribution; time values in milliseconds. */
  default Trend trend(String name) {
    return value -> {};
  }

  default Counter counter(String name) {
    return n -> {};
  }

  default Rate rate(String name) {
    return hit -> {};
  }

  default Gauge gauge(String name) {
    return value -> {};
  }

  /** One evaluation of the check {@code name} of the current step (also counted in {@code checks}). */
  default void check(String name, boolean passed) {}

  /** As {@link #check(String, boolean)}, naming the check block's {@code file:line:col} for reports. */
  default void check(String name, String location, boolean passed) {
    check(name, passed);
  }

  /** Records values into a distribution. */
  interface Trend {
    void record(double value);

    /** Records a duration, in the trend's unit of milliseconds. */
    default void recordNanos(long nanos) {
      record(nanos / 1_000_000.0);
    }
  }

  /** Adds to a running total. */
  interface Counter {
    void add(long n);
  }

  /** Records one boolean outcome. */
  interface Rate {
    void add(boolean hit);
  }

  /** Sets the current value. */
  interface Gauge {
    void set(long value);
  }
}
