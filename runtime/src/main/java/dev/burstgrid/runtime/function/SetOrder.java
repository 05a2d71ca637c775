package dev.burstgrid.runtime.function;

import dev.burstgrid.runtime.value.Json;
import dev.burstgrid.runtime.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The canonical order of set elements, as cty's: strings by code point, numbers by value,
 * false before true, other values by their JSON text, unknowns last.
 */
final class SetOrder {
  private SetOrder() {}

  static final Comparator<Value> ORDER = SetOrder::compare;

  /** Unique elements of {@code values}, sorted canonically. */
  static List<Value> canonical(Collection<Value> values) {
    List<Value> unique = new ArrayList<>(new LinkedHashSet<>(values));
    unique.sort(ORDER);
    return unique;
  }

  private static int compare(Value a, Value b) {
    int ra = rank(a);
    int rb = rank(b);
    if (ra != rb) {
      return Integer.compare(ra, rb);
    }
    if (a instanceof Value.Str sa && b instanceof Value.Str sb) {
      return Strings.compareCodePoints(sa.value(), sb.value());
    }
    if (a instanceof Value.Num na && b instanceof Value.Num nb) {
      return na.value().compareTo(nb.value());
    }
    if (a instanceof Value.Bool ba && b instanceof Value.Bool bb) {
      return Boolean.compare(ba.value(), bb.value());
    }
    if (ra == 3) {
      return Strings.compareCodePoints(Json.encode(a), Json.encode(b));
    }
    return 0;
  }

  private static int rank(Value v) {
    if (v instanceof Value.Str) {
      return 0;
    }
    if (v instanceof Value.Num) {
      return 1;
    }
    if (v instanceof Value.Bool) {
      return 2;
    }
    if (v instanceof Value.Unknown || !FunctionCalls.isWhollyKnown(v)) {
      return 5;
    }
    return v.isNull() ? 4 : 3;
  }
}
