package dev.burstgrid.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link GridRun#await}.
 *
 * @param status how the run ended
 * @param failure the root cause when {@code status} is {@link RunStatus#FAILED}: the first
 *     failure, never a cancellation it caused; {@code null} otherwise
 * @param closeErrors every resource whose {@code close()} threw, in the order they happened
 * @param ok steps that completed normally
 * @param failed steps and resources that failed on their own (one, as fail-fast stops the
 *     rest, plus those with {@code on_failure = "continue"})
 * @param cancelled steps interrupted while running because the run stopped
 * @param skipped steps (and dynamic groups) that never ran
 * @param skippedByCondition steps whose {@code if} was false (not counted in {@code skipped})
 * @param wallTime from {@link GridRun#start} to the end of {@link GridRun#await}
 */
public record RunResult(
    RunStatus status,
    RunFailure failure,
    List<RunFailure> closeErrors,
    long ok,
    long failed,
    long cancelled,
    long skipped,
    long skippedByCondition,
    Duration wallTime) {

  public RunResult {
    closeErrors = List.copyOf(closeErrors);
  }

  /** A result without steps skipped by condition. */
  public RunResult(RunStatus status, RunFailure failure, List<RunFailure> closeErrors, long ok, long failed,
      long cancelled, long skipped, Duration wallTime) {
    this(status, failure, closeErrors, ok, failed, cancelled, skipped, 0, wallTime);
  }

  public boolean isOk() {
    return status == RunStatus.OK;
  }

  /** 0 ok, 1 a step failed, 130 interrupted. */
  public int exitCode() {
    return status.exitCode();
  }

  public Optional<RunFailure> rootCause() {
    return Optional.ofNullable(failure);
  }
}
