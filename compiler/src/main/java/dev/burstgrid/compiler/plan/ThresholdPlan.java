package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;
import java.util.List;

/**
 * A threshold: its condition over {@code metric} (lowered with {@code metric} as an input, the
 * run's metrics when it is evaluated), its source text for the summary, and the metric fields it
 * reads ({@code name, field} pairs) for the measured values shown.
 */
public record ThresholdPlan(
    String name, String location, String source, PlanExpr condition, boolean abortOnFail, List<String> reads) {
  public ThresholdPlan {
    reads = List.copyOf(reads);
  }
}
