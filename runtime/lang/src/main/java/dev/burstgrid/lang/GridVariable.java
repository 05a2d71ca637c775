package dev.burstgrid.lang;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.Objects;

/**
 * A {@code variable} block as generated code declares it.
 *
 * @param name the variable's name
 * @param type its declared type ({@code any} when none)
 * @param defaultValue its default, already of {@code type}; null when the variable is required
 * @param sensitive whether its value must never be shown
 * @param description what the variable is for, as its block's {@code description} says ("" when none)
 */
public record GridVariable(String name, Type type, Value defaultValue, boolean sensitive, String description) {

  public GridVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
  }

  /** A variable without a description (the form generated code used before descriptions). */
  public GridVariable(String name, Type type, Value defaultValue, boolean sensitive) {
    this(name, type, defaultValue, sensitive, "");
  }
}
