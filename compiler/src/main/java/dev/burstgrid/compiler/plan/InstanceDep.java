package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;

/**
 * What a step's instances wait for from one other step ({@code target}, by key): exactly the
 * instances they name.
 */
public sealed interface InstanceDep {

  String target();

  /** Every instance of the target (a single step, a splat, a reference that picks no instance). */
  record Whole(String target) implements InstanceDep {}

  /** One instance known before the run: {@code step.a.b[2]}, {@code depends_on = ["a.b[2]"]}. */
  record Fixed(String target, int index) implements InstanceDep {}

  /**
   * Per instance of a group expanded before the run, the target instance {@code table[i]} of a
   * target group expanded before the run: {@code step.a.b[count.index]}.
   */
  record ByTable(String target, int[] table) implements InstanceDep {}

  /**
   * Per instance, the target instance an index computed at run time selects, in a target that
   * expands at run time ({@code step.a.b[count.index]} with {@code count = var.n}); the index reads
   * only the instance, variables and constants.
   */
  record Selected(String target, PlanExpr index) implements InstanceDep {}

  /** Whether every instance waits for the same futures (else each has its own). */
  default boolean isShared() {
    return this instanceof Whole || this instanceof Fixed;
  }
}
