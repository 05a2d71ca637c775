package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;
import java.time.Duration;
import java.util.List;

/**
 * How a step's instances are scheduled: see {@code StepControlsDecl}; each part null (or false)
 * when the grid does not set it.
 */
public record StepControlsPlan(
    PlanExpr condition,
    Duration timeout,
    RetryPlan retry,
    Duration delayBefore,
    Duration delayAfter,
    boolean continueOnFailure,
    Integer concurrency,
    boolean cache,
    String cacheDir,
    List<RaceEntry> race) {

  public static final StepControlsPlan NONE =
      new StepControlsPlan(null, null, null, null, null, false, null, false, null, List.of());

  /** Whether the step runs under anything but the default schedule ({@code if} aside). */
  public boolean schedulesDifferently() {
    return timeout != null || retry != null || delayBefore != null || delayAfter != null || continueOnFailure
        || concurrency != null;
  }

  /**
   * One contender of {@code depends_on_any}: the step {@code key} ({@code "http_request.fast"}),
   * its instance {@code index} (null for a single step) and its address.
   */
  public record RaceEntry(String key, Integer index, String address) {}

  /** {@code retry { … }}. */
  public record RetryPlan(int attempts, Duration delay, boolean exponential, Duration maxDelay, boolean jitter,
      PlanExpr on) {}
}
