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
 * @param failed steps and resources that failed on their own (at most one, as fail-fast
 *     stops the rest)
 * @param cancelled steps interrupted while running because the run stopped
 * @param skipped steps (and dynamic groups) that never ran
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
    Duration wallTime) {

  public RunResult {
    closeErrors = List.copyOf(closeErrors);
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
