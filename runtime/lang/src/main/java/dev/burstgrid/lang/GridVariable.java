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
 */
public record GridVariable(String name, Type type, Value defaultValue, boolean sensitive) {

  public GridVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
