package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;

/**
 * A {@code variable "name" {…}} block: a root input of the grid. {@code typeExpr} is null for
 * {@code any}; {@code defaultExpr} is null when the variable is required.
 */
public record VariableDecl(
    String name, Expr typeExpr, Expr defaultExpr, String description, boolean sensitive, Block block) {}
