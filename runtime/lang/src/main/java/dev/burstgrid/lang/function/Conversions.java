package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Unify;
import dev.burstgrid.lang.value.Value;
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
