package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;

/**
 * A {@code check "name" { condition = …, error_message = … }} block inside a step: a condition
 * over {@code self.output} that fails the step when false. {@code errorMessage} may be null.
 */
public record CheckDecl(String name, Attribute condition, Attribute errorMessage, Block block) {
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
