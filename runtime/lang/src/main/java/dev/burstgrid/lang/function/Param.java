package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.Type;

/**
 * A function parameter. {@code allowNull}: a null argument reaches the function instead of
 * being an error. {@code allowUnknown}: an unknown argument reaches the function instead of
 * making the result unknown (for {@code try}, {@code can}, {@code coalesce}…).
 */
public record Param(String name, Type type, boolean allowNull, boolean allowUnknown) {
  public static Param of(String name, Type type) {
    return new Param(name, type, false, false);
  }

  /** A parameter that accepts null. */
  public static Param nullable(String name, Type type) {
    return new Param(name, type, true, false);
  }
}
