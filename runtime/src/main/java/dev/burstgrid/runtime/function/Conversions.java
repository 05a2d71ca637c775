package dev.burstgrid.runtime.function;

import dev.burstgrid.runtime.value.Type;
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
    // Placeholder until the value package's Convert is merged: identity only.
    if (want.equals(Type.ANY) || want.equals(v.type())) {
      return v;
    }
    if (v instanceof Value.Unknown || v instanceof Value.Null) {
      return v instanceof Value.Unknown ? Value.unknown(want) : Value.nullOf(want);
    }
    throw new Failure(want.friendlyName() + " required");
  }

  /** The one type all of {@code types} convert to, or null when there is none. */
  static Type unify(List<Type> types) {
    if (types.isEmpty()) {
      return Type.ANY;
    }
    Type first = types.get(0);
    for (Type t : types) {
      if (!t.equals(first)) {
        return null;
      }
    }
    return first;
  }
}
