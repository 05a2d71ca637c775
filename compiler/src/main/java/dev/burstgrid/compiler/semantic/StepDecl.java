package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;
import java.util.List;
import java.util.Map;

/**
 * A {@code step "runner" "name" {…}} block after binding. {@code count} and {@code forEach}
 * are null when absent; {@code arguments} and {@code uses} are keyed by name in source order.
 */
public record StepDecl(
    String runnerType,
    String name,
    RunnerSchema schema,
    Attribute count,
    Attribute forEach,
    Map<String, Attribute> arguments,
    Map<String, UsesEntry> uses,
    List<DependsOn> dependsOn,
    List<CheckDecl> checks,
    StepControlsDecl controls,
    Block block) {

  /** {@code step.http_request.first}: how references and logs name the step. */
  public String address() {
    return "step." + runnerType + "." + name;
  }

  /** The short key {@code http_request.first} used by string {@code depends_on}. */
  public String key() {
    return runnerType + "." + name;
  }

  public boolean isGroup() {
    return count != null || forEach != null;
  }

  /** One {@code uses} entry: {@code client = resource.http_client.shared}. */
  public record UsesEntry(String name, Expr expr, dev.burstgrid.compiler.source.Range nameRange) {}

  /** Declarations are compared by identity: each stands for one block in one file. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
