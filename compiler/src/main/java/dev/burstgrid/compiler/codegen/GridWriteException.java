package dev.burstgrid.compiler.codegen;

import dev.burstgrid.compiler.source.Range;

/**
 * The grid uses something the code generator cannot write yet. {@link #range()} is where, for
 * a diagnostic.
 */
public final class GridWriteException extends Exception {
  private final transient Range range;

  public GridWriteException(Range range, String message) {
    super(message);
    this.range = range;
  }

  public Range range() {
    return range;
  }
}
