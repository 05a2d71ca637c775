package dev.burstgrid.runtime.load;

import java.time.Duration;

/**
 * One stage of a ramping executor: over {@code duration}, move linearly to {@code target} VUs
 * (ramping-vus) or iterations per time unit (ramping-arrival-rate).
 */
public record Stage(Duration duration, long target) {

  public Stage {
    Executor.requireNotNegative(duration, "stage duration");
    if (target < 0) {
      throw new IllegalArgumentException("a stage's target must be ≥ 0, got " + target);
    }
  }
}
