package dev.burstgrid.runtime;

import java.time.Duration;

/**
 * How one step instance (or a dynamic group that never expanded) ended in a run: what a
 * {@link StepListener} hears, and what a single run's report lists.
 *
 * @param address e.g. {@code step.http_request.fan[3]}
 * @param location the block's {@code file:line:col}
 * @param duration how long it ran; zero when it never started
 * @param message the failure, the cancellation or the reason it was skipped; empty when ok
 */
public record StepOutcome(String address, String location, Status status, Duration duration, String message) {

  /** The ways a step instance ends. */
  public enum Status {
    OK, FAILED, CANCELLED, SKIPPED, SKIPPED_BY_CONDITION
  }

  public StepOutcome {
    message = message == null ? "" : message;
  }
}
