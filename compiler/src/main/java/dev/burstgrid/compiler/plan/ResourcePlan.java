package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.schema.AssetSchema;
import java.util.List;

/**
 * A resource: created before its first consumer, closed after its last.
 *
 * @param key {@code T.N}
 * @param scope {@code run}, {@code vu} or {@code iteration}: how long one instance lives under load
 * @param consumers how many step instances use it (a group expanded at run time counts once)
 * @param stepDeps the steps its config reads, by key; {@code localDeps} the locals that wait for steps
 */
public record ResourcePlan(
    String key,
    String assetType,
    String name,
    String location,
    String scope,
    AssetSchema schema,
    List<ArgumentPlan> arguments,
    int consumers,
    List<String> stepDeps,
    List<String> localDeps) implements PlanNode {

  public ResourcePlan {
    arguments = List.copyOf(arguments);
    stepDeps = List.copyOf(stepDeps);
    localDeps = List.copyOf(localDeps);
  }

  @Override
  public String address() {
    return "resource." + key;
  }

  /** Whether the config waits for steps, so the resource is declared in schedule order. */
  public boolean readsSteps() {
    return !stepDeps.isEmpty() || !localDeps.isEmpty();
  }
}
