package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.semantic.StepDecl;
import java.util.List;

/** A step in the plan: how it expands and what it waits for. */
public record PlanStep(StepDecl decl, Expansion expansion, List<StepDep> deps) {
  public PlanStep {
    deps = List.copyOf(deps);
  }

  /** {@code step.R.N[3]} / {@code step.R.N["k"]} / {@code step.R.N} for instance {@code i}. */
  public String instanceAddress(int i) {
    if (expansion instanceof Expansion.Keyed k) {
      return decl.address() + "[\"" + k.keys().get(i) + "\"]";
    }
    return expansion instanceof Expansion.Single ? decl.address() : decl.address() + "[" + i + "]";
  }
}
