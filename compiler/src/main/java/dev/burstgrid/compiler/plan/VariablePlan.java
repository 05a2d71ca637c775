package dev.burstgrid.compiler.plan;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;

/**
 * A variable: an input of the run.
 *
 * @param defaultValue its default, converted to its type; null when the variable is required
 * @param validations its {@code validation} rules, in order
 */
public record VariablePlan(String name, Type type, Value defaultValue, boolean sensitive, String description,
    List<ValidationPlan> validations) {
  public VariablePlan {
    validations = List.copyOf(validations);
  }

  /** A variable without validation rules. */
  public VariablePlan(String name, Type type, Value defaultValue, boolean sensitive, String description) {
    this(name, type, defaultValue, sensitive, description, List.of());
  }
}
