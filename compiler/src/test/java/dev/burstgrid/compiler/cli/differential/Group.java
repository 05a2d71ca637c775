package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes a probe's step a group: {@code count} instances, or one per entry of {@code forEach}.
 * {@code fromVariable}: the size or map comes from a grid variable, so the group expands at
 * run time; otherwise it is written as a literal and expands at compile time.
 */
public record Group(Integer count, Map<String, Value> forEach, boolean fromVariable) {

  public Group {
    forEach = forEach == null ? null : Map.copyOf(forEach);
  }

  public static Group count(int n, boolean fromVariable) {
    return new Group(n, null, fromVariable);
  }

  public static Group forEach(Map<String, Value> entries, boolean fromVariable) {
    return new Group(null, new LinkedHashMap<>(entries), fromVariable);
  }

  /** The value of the {@code count} or {@code for_each} argument. */
  Value value() {
    return count != null ? Value.number(count) : Value.ObjectValue.of(new LinkedHashMap<>(forEach));
  }

  /** The HCL type of the variable that carries {@link #value()}. */
  String variableType() {
    return count != null ? "number" : "any";
  }

  /** {@code count = 3}, {@code for_each = {...}}, or their variable form {@code count = var.x}. */
  String argument(String variable) {
    return (count != null ? "count" : "for_each") + " = " + size(variable);
  }

  /** As {@link #argument}, but empty unless bool variable {@code gate} is true. */
  String gatedArgument(String variable, String gate) {
    return count != null
        ? "count = var." + gate + " ? " + size(variable) + " : 0"
        : "for_each = {for k, v in " + size(variable) + " : k => v if var." + gate + "}";
  }

  private String size(String variable) {
    return fromVariable ? "var." + variable : count != null ? count.toString() : Json.encode(value());
  }

  @Override
  public String toString() {
    return argument("group") + (fromVariable ? " (from a variable: " + Json.encode(value()) + ")" : "");
  }
}
