package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of {@link LoadRun#await}.
 *
 * @param metrics every metric at the end, trends with their histograms
 * @param thresholds each threshold's outcome at the end
 * @param errors the most frequent iteration failures, most frequent first
 * @param closeErrors resources whose {@code close()} threw
 * @param interrupted stopped by {@link LoadRun#stop} (Ctrl-C)
 * @param aborted stopped early by a failing {@code abort_on_fail} threshold
 */
public record LoadResult(
    MetricsSnapshot metrics,
    List<ThresholdResult> thresholds,
    List<ErrorCount> errors,
    List<RunFailure> closeErrors,
    boolean interrupted,
    boolean aborted,
    Duration wallTime) {

  public LoadResult {
    thresholds = List.copyOf(thresholds);
    errors = List.copyOf(errors);
    closeErrors = List.copyOf(closeErrors);
  }

  /** How often one failure (a step and its message) ended an iteration. */
  public record ErrorCount(String address, String location, String message, long count) {}

  public boolean thresholdsPassed() {
    return thresholds.stream().allMatch(ThresholdResult::passed);
  }

  /**
   * 130 interrupted; 99 a threshold failed (k6's code); 1 a resource failed to close; 0
   * otherwise: failed iterations are measured, not an exit status.
   */
  public int exitCode() {
    if (interrupted) {
      return 130;
    } else if (!thresholdsPassed()) {
      return 99;
    }
    return closeErrors.isEmpty() ? 0 : 1;
  }
}
