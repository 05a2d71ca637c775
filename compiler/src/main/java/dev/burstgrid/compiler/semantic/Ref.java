package dev.burstgrid.compiler.semantic;

/** A reference as written and what it points at. */
public record Ref(Traversal traversal, Target target) {}
