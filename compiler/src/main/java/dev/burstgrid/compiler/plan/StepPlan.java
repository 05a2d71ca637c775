package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.schema.RunnerSchema;
import java.util.List;
import java.util.Map;

/**
 * A step: its shape, what its instances wait for, the resources it uses and its arguments.
 *
 * @param key {@code R.N}
 * @param localDeps locals it reads that wait for steps
 * @param uses the resource (by key {@code T.N}) given for each {@code uses} slot, in slot order
 * @param arguments one per input field of the runner, in record order
 * @param checks its check blocks, in source order
 * @param controls its execution controls (if, timeout, retry, delays, on_failure, concurrency)
 */
public record StepPlan(
    String key,
    String runnerType,
    String name,
    String location,
    RunnerSchema schema,
    StepShape shape,
    List<InstanceDep> deps,
    List<String> localDeps,
    Map<String, String> uses,
    List<ArgumentPlan> arguments,
    List<CheckPlan> checks,
    StepControlsPlan controls) implements PlanNode {

  public StepPlan {
    deps = List.copyOf(deps);
    localDeps = List.copyOf(localDeps);
    uses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uses));
    arguments = List.copyOf(arguments);
    checks = List.copyOf(checks);
  }

  @Override
  public String address() {
    return "step." + key;
  }
}
