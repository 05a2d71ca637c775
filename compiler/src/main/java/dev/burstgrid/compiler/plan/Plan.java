package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.semantic.Analysis;
import java.util.List;
import java.util.Map;

/**
 * A checked grid ready for code generation: steps with their expansions and
 * instance-level dependencies, in an order where every dependency comes first.
 * {@code order} also holds resources and locals ({@code resource.T.N}, {@code local.x}).
 * {@code code} is what code generation reads (null when planning reported errors).
 */
public record Plan(
    Analysis analysis, Map<String, PlanStep> steps, List<String> order, DependencyGraph graph, GridPlan code) {

  public int staticInstanceCount() {
    long n = 0;
    for (PlanStep s : steps.values()) {
      n += Math.max(1, s.expansion().staticSize());
    }
    return (int) Math.min(Integer.MAX_VALUE, n);
  }
}
