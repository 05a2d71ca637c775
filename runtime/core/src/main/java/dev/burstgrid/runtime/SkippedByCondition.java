package dev.burstgrid.runtime;

/**
 * Thrown by a step body whose {@code if} condition is false: the instance is skipped by
 * condition, which is not a failure; its output is null.
 */
public final class SkippedByCondition extends Exception {

  public SkippedByCondition() {
    super("condition is false", null, false, false);
  }
}
