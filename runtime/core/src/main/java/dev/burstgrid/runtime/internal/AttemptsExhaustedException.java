package dev.burstgrid.runtime.internal;

/** The last of a step's retried attempts failed: says how many ran, and why the last one failed. */
final class AttemptsExhaustedException extends Exception {

  AttemptsExhaustedException(int attempts, Throwable last) {
    super("failed after " + attempts + " attempts: " + messageOf(last), last);
  }

  private static String messageOf(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getName() : m;
  }
}
