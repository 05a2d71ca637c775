package dev.burstgrid.compiler.plan;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;

/**
 * A variable: an input of the run.
 *
 * @param defaultValue its default, converted to its type; null when the variable is required
 */
public record VariablePlan(String name, Type type, Value defaultValue, boolean sensitive, String description) {}
