package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import java.util.HashSet;
import java.util.Set;

/**
 * Merges the diagnostics of one iteration (a splat element, a {@code for} item) into the result,
 * leaving out any already reported: the same mistake in a loop body is one mistake, however many
 * elements there are.
 */
final class Repeats {
  private Repeats() {}

  static void mergeNew(Diagnostics into, Diagnostics iteration) {
    if (iteration.isEmpty()) {
      return;
    }
    Set<Diagnostic> seen = new HashSet<>(into.all());
    for (Diagnostic diag : iteration.all()) {
      if (seen.add(diag)) {
        into.add(diag);
      }
    }
  }
}
