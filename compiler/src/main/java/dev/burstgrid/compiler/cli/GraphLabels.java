package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.plan.Expansion;
import dev.burstgrid.compiler.plan.PlanStep;

/** Node labels for {@code bggoc graph}: the address, and how a group repeats. */
final class GraphLabels {
  private GraphLabels() {}

  static String label(GridCompiler.Result result, String address) {
    if (!address.startsWith("step.")) {
      return address;
    }
    PlanStep s = result.plan().steps().get(address.substring("step.".length()));
    if (s == null) {
      return address;
    }
    Expansion e = s.expansion();
    if (e instanceof Expansion.Counted c) {
      return address + " ×" + c.count();
    }
    if (e instanceof Expansion.Keyed k) {
      return address + " ×" + k.keys().size() + " (for_each)";
    }
    if (e instanceof Expansion.DynamicCount) {
      return address + " ×count (run time)";
    }
    if (e instanceof Expansion.DynamicForEach) {
      return address + " ×for_each (run time)";
    }
    return address;
  }
}
