package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.util.List;

/**
 * The grid's {@code threshold} blocks, as generated code evaluates them over a snapshot: at
 * the end of the run, and every second while any of them has {@code abort_on_fail}.
 */
public interface Thresholds {

  Thresholds NONE = snapshot -> List.of();

  List<ThresholdResult> evaluate(MetricsSnapshot snapshot);

  /** Whether some threshold stops the run when it fails (then it is evaluated every second). */
  default boolean abortsOnFail() {
    return false;
  }
}
