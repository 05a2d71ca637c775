package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;
import java.util.Map;

/**
 * A scenario: its executor (k6's name) and options by HCL name, each lowered (they may read
 * variables and locals, known when the run starts).
 */
public record ScenarioPlan(String name, String executor, Map<String, PlanExpr> options, String location) {
  public ScenarioPlan {
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }
}
