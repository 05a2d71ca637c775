package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Attribute;

/** One attribute of a {@code locals {…}} block. */
public record LocalDecl(String name, Attribute attribute) {}
