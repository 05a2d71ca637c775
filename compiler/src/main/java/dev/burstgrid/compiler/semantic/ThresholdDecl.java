package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;

/**
 * A {@code threshold "name" { condition = metric.… < 200, abort_on_fail = false }} block: a
 * pass/fail criterion over the load run's metrics, evaluated at its end.
 */
public record ThresholdDecl(String name, Attribute condition, boolean abortOnFail, Block block) {
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
