package dev.burstgrid.runtime;

/**
 * Completes the future of a step whose body threw; its message names the step and its
 * location, its cause is what the body threw.
 */
public final class StepFailedException extends RuntimeException {

  private final RunFailure failure;

  public StepFailedException(RunFailure failure) {
    super(failure.toString(), failure.cause());
    this.failure = failure;
  }

  public RunFailure failure() {
    return failure;
  }
}
