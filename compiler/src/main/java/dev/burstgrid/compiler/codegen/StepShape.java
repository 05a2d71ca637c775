package dev.burstgrid.compiler.codegen;

import dev.burstgrid.compiler.plan.Expansion;
import dev.burstgrid.compiler.plan.PlanStep;
import dev.burstgrid.lang.value.Value;
import java.util.List;

/**
 * How a step's instances exist in generated code. A group whose size the plan knew only
 * because of a variable's default is written as a run-time group, so a generated class obeys
 * the variables it is run with.
 *
 * @param kind single, static or run-time group
 * @param size the instance count of a static group
 * @param keys the instance keys of a static for_each group
 * @param values the {@code each.value}s of a static for_each group
 */
record StepShape(Kind kind, int size, List<String> keys, List<Value> values) {

  enum Kind { SINGLE, COUNT, KEYED, DYNAMIC_COUNT, DYNAMIC_FOR_EACH }

  static StepShape of(PlanStep step, ConstantFolder folder) {
    Expansion e = step.expansion();
    boolean constant = step.decl().count() != null
        ? folder.constant(step.decl().count().expr(), false, false) != null
        : step.decl().forEach() == null || folder.constant(step.decl().forEach().expr(), false, false) != null;
    if (e instanceof Expansion.Single) {
      return new StepShape(Kind.SINGLE, 1, List.of(), List.of());
    }
    if (e instanceof Expansion.Counted c && constant) {
      return new StepShape(Kind.COUNT, c.count(), List.of(), List.of());
    }
    if (e instanceof Expansion.Keyed k && constant) {
      return new StepShape(Kind.KEYED, k.keys().size(), k.keys(), k.values());
    }
    if (step.decl().count() != null) {
      return new StepShape(Kind.DYNAMIC_COUNT, -1, List.of(), List.of());
    }
    return new StepShape(Kind.DYNAMIC_FOR_EACH, -1, List.of(), List.of());
  }

  boolean isStaticGroup() {
    return kind == Kind.COUNT || kind == Kind.KEYED;
  }

  boolean isDynamic() {
    return kind == Kind.DYNAMIC_COUNT || kind == Kind.DYNAMIC_FOR_EACH;
  }

  /** Consumers this step adds to each resource it uses: its instances, or 1 for a run-time group. */
  int consumers() {
    return isDynamic() ? 1 : size;
  }
}
