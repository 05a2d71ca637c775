package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;

/** An {@code output "name" {…}} block: a value reported at the end of a run. */
public record OutputDecl(String name, Expr value, String description, boolean sensitive, Block block) {
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
