package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;

/** An {@code output "name" {…}} block: a value reported at the end of a run. */
public record OutputDecl(String name, Expr value, String description, boolean sensitive, Block block) {}
