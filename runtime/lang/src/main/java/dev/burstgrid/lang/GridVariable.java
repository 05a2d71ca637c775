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
 * @param defaultWithheld whether the grid declares a default that generated code does not carry:
 *     a sensitive variable's default stays in the grid's source, so a built jar requires the value
 *     ({@code defaultValue} is then null)
 */
public record GridVariable(String name, Type type, Value defaultValue, boolean sensitive, String description,
    boolean defaultWithheld) {

  public GridVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
  }

  /** A variable whose default, if it has one, is carried. */
  public GridVariable(String name, Type type, Value defaultValue, boolean sensitive, String description) {
    this(name, type, defaultValue, sensitive, description, false);
  }

  /** A variable without a description (the form generated code used before descriptions). */
  public GridVariable(String name, Type type, Value defaultValue, boolean sensitive) {
    this(name, type, defaultValue, sensitive, "");
  }
}
