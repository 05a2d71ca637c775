package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.Range;

/** {@code name = expr}. {@code range} spans from the name to the end of the expression. */
public record Attribute(String name, Range nameRange, Range equalsRange, Expr expr, Range range)
    implements Node {}
