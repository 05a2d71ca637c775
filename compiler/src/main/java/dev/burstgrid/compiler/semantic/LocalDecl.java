package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Attribute;

/** One attribute of a {@code locals {…}} block. */
public record LocalDecl(String name, Attribute attribute) {
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
