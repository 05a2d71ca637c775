package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;

import java.util.List;

/**
 * A {@code variable "name" {…}} block: a root input of the grid. {@code typeExpr} is null for
 * {@code any}; {@code defaultExpr} is null when the variable is required; {@code validations}
 * are its {@code validation} blocks, in order.
 */
public record VariableDecl(String name, Expr typeExpr, Expr defaultExpr, String description, boolean sensitive,
    List<VariableValidationDecl> validations, Block block) {
  public VariableDecl {
    validations = List.copyOf(validations);
  }

  public VariableDecl(String name, Expr typeExpr, Expr defaultExpr, String description, boolean sensitive,
      Block block) {
    this(name, typeExpr, defaultExpr, description, sensitive, List.of(), block);
  }

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
