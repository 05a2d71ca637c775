package dev.burstgrid.lang.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds set values in their canonical form: duplicates removed, elements in a stable order
 * (numbers ascending, strings by code point, false before true, unknowns last), so two sets with
 * the same elements are equal.
 */
public final class Sets {
  private Sets() {}

  /** A set of {@code elementType} holding {@code elements} (already of that type). */
  public static Value.SetValue of(Type elementType, Collection<Value> elements) {
    List<Value> unique = new ArrayList<>(new LinkedHashSet<>(elements));
    unique.sort(CANONICAL);
    return new Value.SetValue(elementType, unique);
  }

  private static final Comparator<Value> CANONICAL = Sets::compare;

  private static int compare(Value a, Value b) {
    int byRank = Integer.compare(rank(a), rank(b));
    if (byRank != 0) {
      return byRank;
    }
    if (a instanceof Value.Num x && b instanceof Value.Num y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof Value.Str x && b instanceof Value.Str y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof Value.Bool x && b instanceof Value.Bool y) {
      return Boolean.compare(x.value(), y.value());
    }
    if (a.isKnown() && b.isKnown() && !a.isNull() && !b.isNull()) {
      return Json.encode(a).compareTo(Json.encode(b));
    }
    return 0;
  }

  private static int rank(Value v) {
    if (!v.isKnown()) {
      return 3;
    }
    if (v.isNull()) {
      return 2;
    }
    return 1;
  }
}
