package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;
import java.util.Map;

/**
 * A scenario: its executor (k6's name) and options by HCL name, each lowered (they may read
 * variables and locals, known when the run starts).
 *
 * @param runs the addresses of what its iterations schedule ({@code step.…}, {@code resource.…},
 *     {@code local.…}: the steps it names and everything they read); null for the whole grid
 */
public record ScenarioPlan(
    String name, String executor, Map<String, PlanExpr> options, java.util.Set<String> runs, String location) {
  public ScenarioPlan {
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    runs = runs == null ? null : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(runs));
  }

  /** Whether an iteration of this scenario schedules the node at {@code address}. */
  public boolean runs(String address) {
    return runs == null || runs.contains(address);
  }
}
