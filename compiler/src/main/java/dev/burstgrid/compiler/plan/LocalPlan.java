package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;
import java.util.List;

/**
 * A local that is not known before the run (those that are were substituted where they are read).
 *
 * @param readsSteps whether it waits for steps (directly or through other locals): it is then
 *     computed when they complete, else once before the schedule starts
 * @param stepDeps the steps it reads, by key; {@code localDeps} the locals that wait for steps
 */
public record LocalPlan(
    String name, String location, PlanExpr value, boolean readsSteps, List<String> stepDeps, List<String> localDeps)
    implements PlanNode {

  public LocalPlan {
    stepDeps = List.copyOf(stepDeps);
    localDeps = List.copyOf(localDeps);
  }

  @Override
  public String address() {
    return "local." + name;
  }
}
