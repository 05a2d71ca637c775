package dev.burstgrid.runtime.function;

import dev.burstgrid.runtime.value.ConversionException;
import dev.burstgrid.runtime.value.Convert;
import dev.burstgrid.runtime.value.Type;
import dev.burstgrid.runtime.value.Unify;
import dev.burstgrid.runtime.value.Value;
import java.util.List;

/** The functions' single door to the value package's type conversion and unification. */
final class Conversions {
  private Conversions() {}

  /** A value could not be converted; the message is user-facing ("string required"). */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  /** Converts {@code v} to {@code want} with cty's rules. */
  static Value convert(Value v, Type want) throws Failure {
    try {
      return Convert.to(v, want);
    } catch (ConversionException e) {
      throw new Failure(e.getMessage());
    }
  }

  /** The one type all of {@code types} safely convert to, or null when there is none. */
  static Type unify(List<Type> types) {
    return Unify.unify(types);
  }
}
