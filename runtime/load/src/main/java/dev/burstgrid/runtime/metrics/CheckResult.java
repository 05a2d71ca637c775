package dev.burstgrid.runtime.metrics;

/**
 * The counts of one {@code check} block: how often it passed and failed.
 *
 * @param location the block's {@code file:line:col}; empty when not known
 */
public record CheckResult(String step, String name, long passes, long fails, String location) {

  public CheckResult {
    location = location == null ? "" : location;
  }

  /** Counts of a check whose block's location is not known. */
  public CheckResult(String step, String name, long passes, long fails) {
    this(step, name, passes, fails, "");
  }
}
