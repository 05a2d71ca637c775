package dev.burstgrid.compiler.plan;

import java.util.List;

/**
 * Everything code generation needs, and all it reads: the grid's variables, locals, resources,
 * steps and outputs, every expression lowered and folded, every step's shape and dependencies
 * decided once, with variables treated as inputs of a built jar.
 *
 * @param order the locals, resources and steps in an order where each comes after what it reads
 */
public record GridPlan(
    List<VariablePlan> variables,
    List<LocalPlan> locals,
    List<ResourcePlan> resources,
    List<StepPlan> steps,
    List<OutputPlan> outputs,
    List<ScenarioPlan> scenarios,
    List<ThresholdPlan> thresholds,
    List<PlanNode> order) {

  public GridPlan {
    variables = List.copyOf(variables);
    locals = List.copyOf(locals);
    resources = List.copyOf(resources);
    steps = List.copyOf(steps);
    outputs = List.copyOf(outputs);
    scenarios = List.copyOf(scenarios);
    thresholds = List.copyOf(thresholds);
    order = List.copyOf(order);
  }

  /** Whether a scenario runs only part of the grid ({@code steps = […]}). */
  public boolean hasPartialScenarios() {
    return scenarios.stream().anyMatch(s -> s.runs() != null);
  }

  /** The step with key {@code R.N}, or null. */
  public StepPlan step(String key) {
    for (StepPlan s : steps) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }
}
