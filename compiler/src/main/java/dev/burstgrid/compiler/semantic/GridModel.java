package dev.burstgrid.compiler.semantic;

import java.util.List;
import java.util.Map;

/**
 * Every declaration of a grid, bound to its module schemas; maps keep source order.
 * Resources are keyed {@code asset.name}, steps {@code runner.name}.
 */
public record GridModel(
    Map<String, VariableDecl> variables,
    Map<String, LocalDecl> locals,
    Map<String, ResourceDecl> resources,
    Map<String, StepDecl> steps,
    Map<String, OutputDecl> outputs,
    Map<String, ScenarioDecl> scenarios,
    Map<String, ThresholdDecl> thresholds) {

  public List<StepDecl> stepList() {
    return List.copyOf(steps.values());
  }
}
