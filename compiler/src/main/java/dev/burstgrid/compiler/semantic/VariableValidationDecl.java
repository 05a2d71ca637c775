package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;

/**
 * A {@code validation { condition = …, error_message = … }} block of a variable: {@code condition}
 * is a bool expression over the variable's value; {@code errorMessage} says what is wrong when it
 * is false.
 */
public record VariableValidationDecl(Expr condition, Expr errorMessage, Block block) {}
