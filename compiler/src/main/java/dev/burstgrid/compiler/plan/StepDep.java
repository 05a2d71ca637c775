package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.source.Range;

/**
 * A step's dependency on a resource, a local, or (some instances of) another step. For a
 * step target: {@code fixed >= 0} means every instance of the dependent needs that one
 * instance; {@code perInstance[i]} names the target instance instance {@code i} needs;
 * otherwise ({@link #needsAll()}) the dependent needs every instance.
 */
public record StepDep(String target, int fixed, int[] perInstance, Range why) {

  public static StepDep all(String target, Range why) {
    return new StepDep(target, -1, null, why);
  }

  public static StepDep fixed(String target, int instance, Range why) {
    return new StepDep(target, instance, null, why);
  }

  public static StepDep perInstance(String target, int[] instances, Range why) {
    return new StepDep(target, -1, instances, why);
  }

  public boolean needsAll() {
    return fixed < 0 && perInstance == null;
  }

  /** The merge of two dependencies on the same target: the narrower only if they agree. */
  StepDep merge(StepDep other) {
    if (fixed >= 0 && fixed == other.fixed) {
      return this;
    }
    if (perInstance != null && other.perInstance != null && java.util.Arrays.equals(perInstance, other.perInstance)) {
      return this;
    }
    return all(target, why);
  }
}
