package dev.burstgrid.compiler.codegen;

import dev.burstgrid.compiler.source.Range;

/** An expression the code generator cannot write yet; reported as a located diagnostic. */
final class UnsupportedExpressionException extends RuntimeException {
  private final transient Range range;

  UnsupportedExpressionException(Range range, String what) {
    super(what);
    this.range = range;
  }

  Range range() {
    return range;
  }
}
