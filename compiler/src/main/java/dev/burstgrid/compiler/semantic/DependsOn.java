package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.source.Range;

/**
 * One {@code depends_on} entry, normalised from any of its spellings: {@code "R.N"}, {@code
 * "R.N[i]"}, {@code "step.R.N"}, or a bare {@code step.R.N} reference. {@code index} is null
 * for a dependency on the whole step (every instance of a group).
 */
public record DependsOn(String runnerType, String name, Integer index, Range range) {
  public String stepKey() {
    return runnerType + "." + name;
  }
}
