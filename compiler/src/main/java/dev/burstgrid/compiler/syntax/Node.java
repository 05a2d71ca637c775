package dev.burstgrid.compiler.syntax;

import dev.burstgrid.compiler.source.Range;

/** Every syntax node knows the exact source span it was parsed from. */
public interface Node {
  Range range();
}
