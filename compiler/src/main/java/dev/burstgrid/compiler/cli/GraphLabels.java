package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.semantic.StepDecl;

/** Node labels for {@code bggoc graph}: the address, and how a group repeats. */
final class GraphLabels {
  private GraphLabels() {}

  static String label(GridCompiler.Result result, String address) {
    if (!address.startsWith("step.")) {
      return address;
    }
    StepDecl s = result.model().steps().get(address.substring("step.".length()));
    if (s == null || !s.isGroup()) {
      return address;
    }
    return address + (s.count() != null ? " [count]" : " [for_each]");
  }
}
