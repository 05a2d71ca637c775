package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import java.util.Map;

/**
 * A {@code scenario "name" { executor = "…", … }} block: how a load run schedules iterations.
 * {@code executor} is one of {@link dev.burstgrid.lang.load.ScenarioCatalogue#EXECUTORS}; {@code options} are its other
 * arguments by name (checked against the executor's option names); {@code steps} the step
 * blocks its iterations run ({@code steps = [step.http_request.login, …]}, with what they
 * depend on), empty for the whole grid.
 */
public record ScenarioDecl(
    String name, String executor, Map<String, Attribute> options, java.util.List<StepSelector> steps, Block block) {

  /** One entry of {@code steps}: a step block's key ({@code http_request.login}) and where it is written. */
  public record StepSelector(String key, dev.burstgrid.compiler.source.Range range) {}

  /** Declarations are compared by identity: each stands for one block in one file. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
