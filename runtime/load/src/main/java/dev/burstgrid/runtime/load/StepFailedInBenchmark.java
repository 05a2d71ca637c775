package dev.burstgrid.runtime.load;

/**
 * A step of a benchmarked iteration failed: its message is {@code address (file:line:col):
 * message}, all a user needs, so {@code bggoc bench} shows it instead of JMH's stack trace.
 */
public final class StepFailedInBenchmark extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StepFailedInBenchmark(String message) {
    super(message, null, false, false);
  }
}
