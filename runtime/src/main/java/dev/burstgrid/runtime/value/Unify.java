package dev.burstgrid.runtime.value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The common type of several values (conditional branches, collection elements), as cty's
 * {@code convert.Unify}: equal types stay; objects with the same attributes unify
 * attribute-wise and otherwise become a map; tuples of the same length unify element-wise
 * and otherwise become a list; among primitives {@code string} wins because every
 * primitive converts to it. Any {@code any} makes the result {@code any}.
 */
public final class Unify {
  private Unify() {}

  /** The common type all of {@code types} safely convert to, or null when there is none. */
  public static Type unify(List<Type> types) {
    return unify(types, false);
  }

  /**
   * As {@link #unify} but also allows conversions that may fail for some values ({@code
   * "5"} to number); HCL's conditional uses this.
   */
  public static Type unifyUnsafe(List<Type> types) {
    return unify(types, true);
  }

  private static Type unify(List<Type> types, boolean unsafe) {
    if (types.isEmpty()) {
      return Type.ANY;
    }
    Set<Type> distinct = new LinkedHashSet<>(types);
    if (distinct.size() == 1) {
      return types.get(0);
    }
    if (distinct.contains(Type.ANY)) {
      return Type.ANY;
    }
    Type structural = unifyAlike(new ArrayList<>(distinct), unsafe);
    if (structural != null) {
      return structural;
    }
    return firstCommonTarget(new ArrayList<>(distinct), unsafe);
  }

  /** All objects, all tuples, or all collections of one kind. */
  private static Type unifyAlike(List<Type> types, boolean unsafe) {
    if (types.stream().allMatch(t -> t instanceof Type.ObjectOf)) {
      return unifyObjects(types, unsafe);
    }
    if (types.stream().allMatch(t -> t instanceof Type.TupleOf)) {
      return unifyTuples(types, unsafe);
    }
    if (types.stream().allMatch(t -> t instanceof Type.ListOf)) {
      Type e = unify(types.stream().map(t -> ((Type.ListOf) t).element()).toList(), unsafe);
      return e == null ? null : new Type.ListOf(e);
    }
    if (types.stream().allMatch(t -> t instanceof Type.SetOf)) {
      Type e = unify(types.stream().map(t -> ((Type.SetOf) t).element()).toList(), unsafe);
      return e == null ? null : new Type.SetOf(e);
    }
    if (types.stream().allMatch(t -> t instanceof Type.MapOf)) {
      Type e = unify(types.stream().map(t -> ((Type.MapOf) t).element()).toList(), unsafe);
      return e == null ? null : new Type.MapOf(e);
    }
    return null;
  }

  private static Type unifyObjects(List<Type> types, boolean unsafe) {
    Set<String> names = ((Type.ObjectOf) types.get(0)).attributes().keySet();
    boolean sameNames =
        types.stream().allMatch(t -> ((Type.ObjectOf) t).attributes().keySet().equals(names));
    if (sameNames) {
      Map<String, Type> attrs = new TreeMap<>();
      for (String name : names) {
        Type a = unify(types.stream().map(t -> ((Type.ObjectOf) t).attributes().get(name)).toList(), unsafe);
        if (a == null) {
          return null;
        }
        attrs.put(name, a);
      }
      return Type.ObjectOf.of(attrs);
    }
    List<Type> all = new ArrayList<>();
    types.forEach(t -> all.addAll(((Type.ObjectOf) t).attributes().values()));
    Type e = unify(all, unsafe);
    return e == null ? null : new Type.MapOf(e);
  }

  private static Type unifyTuples(List<Type> types, boolean unsafe) {
    int n = ((Type.TupleOf) types.get(0)).elements().size();
    boolean sameLength = types.stream().allMatch(t -> ((Type.TupleOf) t).elements().size() == n);
    if (sameLength) {
      List<Type> elems = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int idx = i;
        Type e = unify(types.stream().map(t -> ((Type.TupleOf) t).elements().get(idx)).toList(), unsafe);
        if (e == null) {
          return null;
        }
        elems.add(e);
      }
      return new Type.TupleOf(elems);
    }
    List<Type> all = new ArrayList<>();
    types.forEach(t -> all.addAll(((Type.TupleOf) t).elements()));
    Type e = unify(all, unsafe);
    return e == null ? null : new Type.ListOf(e);
  }

  /** The first candidate (string first, then in order) that every type converts to. */
  private static Type firstCommonTarget(List<Type> types, boolean unsafe) {
    List<Type> candidates = new ArrayList<>();
    if (types.contains(Type.STRING)) {
      candidates.add(Type.STRING);
    }
    candidates.addAll(types);
    for (Type candidate : candidates) {
      Type result = candidate;
      boolean all = true;
      for (Type t : types) {
        if (Convert.resultType(t, candidate, unsafe) == null) {
          all = false;
          break;
        }
      }
      if (all) {
        return result;
      }
    }
    return null;
  }
}
