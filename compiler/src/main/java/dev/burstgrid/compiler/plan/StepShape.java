package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.lang.value.Value;
import java.util.List;

/**
 * How a step's instances exist: decided once, with variables as run-time inputs, so a group sized
 * by a variable expands when the run knows the variable.
 */
public sealed interface StepShape {

  /** A step without count or for_each. */
  record Single() implements StepShape {}

  /** {@code count = N}, known before the run. */
  record Counted(int size) implements StepShape {}

  /** {@code for_each} known before the run: instance keys in order, with their values. */
  record Keyed(List<String> keys, List<Value> values) implements StepShape {
    public Keyed {
      keys = List.copyOf(keys);
      values = List.copyOf(values);
    }
  }

  /** {@code count} computed at run time. */
  record RunTimeCount(PlanExpr count) implements StepShape {}

  /** {@code for_each} computed at run time. */
  record RunTimeForEach(PlanExpr forEach) implements StepShape {}

  /** Instances known before the run; -1 for a group that expands at run time. */
  default int size() {
    if (this instanceof Counted c) {
      return c.size();
    }
    if (this instanceof Keyed k) {
      return k.keys().size();
    }
    return this instanceof Single ? 1 : -1;
  }

  default boolean isStaticGroup() {
    return this instanceof Counted || this instanceof Keyed;
  }

  default boolean isRunTime() {
    return this instanceof RunTimeCount || this instanceof RunTimeForEach;
  }

  /** Whether instances are told apart by {@code count.index} (else by {@code each.key}, or not at all). */
  default boolean isCounted() {
    return this instanceof Counted || this instanceof RunTimeCount;
  }

  default boolean isKeyed() {
    return this instanceof Keyed || this instanceof RunTimeForEach;
  }

  /** Consumers this step adds to each resource it uses: its instances, or 1 for a run-time group. */
  default int consumers() {
    return isRunTime() ? 1 : size();
  }

  /** {@code , count = 10}: how the step's comment in generated code describes it. */
  default String describe() {
    if (this instanceof Counted c) {
      return ", count = " + c.size();
    }
    if (this instanceof Keyed k) {
      return ", for_each over " + k.keys().size() + " keys";
    }
    if (this instanceof RunTimeCount) {
      return ", count known at run time";
    }
    return this instanceof RunTimeForEach ? ", for_each known at run time" : "";
  }
}
