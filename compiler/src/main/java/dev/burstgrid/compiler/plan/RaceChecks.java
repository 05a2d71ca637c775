package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.semantic.Analysis;
import dev.burstgrid.compiler.semantic.DependsOn;
import dev.burstgrid.compiler.semantic.Ref;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.semantic.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a step's {@code depends_on_any}: each entry is one instance known before the run (a
 * step, or {@code step.R.N[i]} of a group whose size is known), named once, and not also a
 * dependency of the step (reading a contender's output, or {@code depends_on}, would wait for
 * it whatever the race decides).
 */
final class RaceChecks {
  private RaceChecks() {}

  static void check(StepDecl s, Analysis analysis, Map<String, Expansion> expansions, Diagnostics diags) {
    List<DependsOn> race = s.controls().race();
    if (race.isEmpty()) {
      return;
    }
    Set<String> required = required(s, analysis);
    Set<String> seen = new HashSet<>();
    for (DependsOn d : race) {
      StepDecl target = analysis.model().steps().get(d.stepKey());
      if (target == null || target == s) {
        continue; // reported with the graph
      }
      int size = expansions.get(target.key()).staticSize();
      if (target.isGroup() && d.index() == null) {
        error(diags, d, "Race entry is a group", target.address() + " stands for many instances; a race takes one"
            + " of them: write " + target.address() + "[0].");
      } else if (size < 0) {
        error(diags, d, "Race entry is in a run-time group", target.address() + " expands at run time, so its"
            + " instances cannot race; race single steps or instances of a group whose count is known.");
      } else if (d.index() != null && d.index() >= size) {
        InstanceDeps.outOfRange(d.range(), target, d.index(), size, diags);
      } else if (!seen.add(d.stepKey() + "[" + d.index() + "]")) {
        error(diags, d, "Duplicate race entry", target.address() + " is already in this depends_on_any.");
      } else if (required.contains(target.key())) {
        error(diags, d, "Raced step is also a dependency", s.address() + " also reads " + target.address()
            + " or names it in depends_on, so it would wait for it whatever the race decides. Read the winner"
            + " as race.winner, or remove it from depends_on_any.");
      }
    }
  }

  /** The steps {@code s} waits for in any case: those it reads and those in its depends_on. */
  private static Set<String> required(StepDecl s, Analysis analysis) {
    Set<String> keys = new HashSet<>();
    for (Ref ref : analysis.stepRefs().getOrDefault(s, List.of())) {
      if (ref.target() instanceof Target.StepRef step) {
        keys.add(step.step().key());
      }
    }
    for (DependsOn d : s.dependsOn()) {
      keys.add(d.stepKey());
    }
    return keys;
  }

  private static void error(Diagnostics diags, DependsOn d, String summary, String detail) {
    diags.error("grid/depends-on-any", d.range(), summary, detail);
  }
}
