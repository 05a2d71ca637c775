package dev.burstgrid.runtime.metrics;

/**
 * The outcome of one {@code threshold} block, as the (generated) evaluator computed it.
 *
 * @param name the block's label
 * @param condition its source text, e.g. {@code metric.iteration_duration.p95 < 200}
 * @param passed whether the condition held
 * @param measured the values it read, e.g. {@code iteration_duration.p95=12.3ms}
 * @param abortOnFail whether a failure stops the run early
 * @param location the block's {@code file:line:col}; empty when not known
 */
public record ThresholdResult(
    String name, String condition, boolean passed, String measured, boolean abortOnFail, String location) {

  public ThresholdResult {
    location = location == null ? "" : location;
  }

  /** A result whose block's location is not known. */
  public ThresholdResult(String name, String condition, boolean passed, String measured, boolean abortOnFail) {
    this(name, condition, passed, measured, abortOnFail, "");
  }

  /**
   * One value a condition read, for {@code measured}: {@code step.http_request.login.duration.p95=12.35}
   * (four significant digits; time values are milliseconds).
   */
  public static String measure(String metric, String field, double value) {
    String shown = Double.isFinite(value)
        ? java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString()
        : Double.toString(value);
    return metric + '.' + field + '=' + shown;
  }
}
