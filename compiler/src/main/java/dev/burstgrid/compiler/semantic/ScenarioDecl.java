package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import java.util.Map;

/**
 * A {@code scenario "name" { executor = "…", … }} block: how a load run schedules iterations.
 * {@code executor} is one of {@link ScenarioBinder#EXECUTORS}; {@code options} are its other
 * arguments by name (checked against the executor's option names).
 */
public record ScenarioDecl(String name, String executor, Map<String, Attribute> options, Block block) {
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
