package dev.burstgrid.runtime;

/**
 * What a step body throws for a failure that its {@code retry} must not retry (bggo-lang's {@code
 * retry { on = … }} does, when the condition does not hold for the failure): the instance fails at
 * once with the cause, whatever attempts are left.
 */
public final class NotRetried extends Exception {

  /** The failure {@code cause}, final. */
  public NotRetried(Exception cause) {
    super(cause.getMessage(), cause, false, false);
  }
}
