package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.SourceFile;

/** One parsed {@code .hcl} file. */
public record ConfigFile(SourceFile source, Body body) {}
