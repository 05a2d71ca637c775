package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import java.util.Set;

/**
 * The errors of a part that may never run (the branches of a condition not known yet, the right
 * operand of {@code &&} or {@code ||} after an unknown left one) which are mistakes whatever the
 * values: a name or function that does not exist, a call with the wrong number of arguments. A
 * grid reports those before it runs; the others only when the run gets there, as HCL does.
 */
final class StaticErrors {
  private static final Set<String> CODES = Set.of("eval/unknown-function", "eval/unknown-variable",
      "eval/argument-count", "eval/ambiguous-key", "eval/too-complex");

  private StaticErrors() {}

  /** Adds to {@code into} the errors of {@code mayNotRun} that do not depend on values. */
  static void addTo(Diagnostics into, Diagnostics mayNotRun) {
    for (Diagnostic diag : mayNotRun.all()) {
      if (diag.isError() && CODES.contains(diag.code())) {
        into.add(diag);
      }
    }
  }
}
