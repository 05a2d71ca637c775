package dev.burstgrid.compiler.plan;

/** A declaration the generated class schedules or computes: a step, a resource or a local. */
public sealed interface PlanNode permits StepPlan, ResourcePlan, LocalPlan {

  /** {@code step.R.N}, {@code resource.T.N} or {@code local.x}. */
  String address();

  /** Where it is declared, relative to the grid's root: {@code grid.hcl:12:1}. */
  String location();
}
