package dev.burstgrid.compiler.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a scenario with {@code steps = […]} schedules in each iteration: the steps it names and,
 * transitively, every step, resource and local they read or wait for — so a partial iteration
 * is still a complete DAG.
 */
final class ScenarioSubset {
  private ScenarioSubset() {}

  /** The addresses ({@code step.K}, {@code resource.K}, {@code local.N}) an iteration schedules. */
  static Set<String> of(
      List<String> stepKeys,
      Map<String, StepPlan> steps,
      Map<String, ResourcePlan> resources,
      Map<String, LocalPlan> locals) {
    Set<String> runs = new TreeSet<>();
    Deque<String> pending = new ArrayDeque<>();
    for (String key : stepKeys) {
      pending.add("step." + key);
    }
    while (!pending.isEmpty()) {
      String address = pending.pop();
      if (!runs.add(address)) {
        continue;
      }
      if (address.startsWith("step.")) {
        StepPlan s = steps.get(address.substring("step.".length()));
        if (s != null) {
          s.deps().forEach(d -> pending.add("step." + d.target()));
          s.localDeps().forEach(l -> pending.add("local." + l));
          s.uses().values().forEach(r -> pending.add("resource." + r));
        }
      } else if (address.startsWith("resource.")) {
        ResourcePlan r = resources.get(address.substring("resource.".length()));
        if (r != null) {
          r.stepDeps().forEach(d -> pending.add("step." + d));
          r.localDeps().forEach(l -> pending.add("local." + l));
        }
      } else {
        LocalPlan l = locals.get(address.substring("local.".length()));
        if (l != null) {
          l.stepDeps().forEach(d -> pending.add("step." + d));
          l.localDeps().forEach(d -> pending.add("local." + d));
        }
      }
    }
    return runs;
  }
}
