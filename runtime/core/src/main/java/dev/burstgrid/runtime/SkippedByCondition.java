package dev.burstgrid.runtime;

/**
 * Thrown by a step body whose {@code if} condition is false: the instance is skipped by
 * condition, which is not a failure. Its future then completes with one naming the step, so
 * dependents still run and a read of its output fails (which {@code try(…)} turns into a fallback).
 */
public final class SkippedByCondition extends Exception {

  /** What the body throws. */
  public SkippedByCondition() {
    super("condition is false", null, false, false);
  }

  /** What the future of the skipped instance {@code address} completes with. */
  public SkippedByCondition(String address) {
    super(address + " was skipped by its if (the condition is false), so it has no output", null, false, false);
  }
}
