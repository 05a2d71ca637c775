package dev.burstgrid.lang.value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The common type of several values (conditional branches, collection elements), as cty's {@code
 * convert.Unify}: equal types stay; objects with the same attributes unify attribute-wise and
 * otherwise become a map; tuples of the same length unify element-wise and otherwise become a list;
 * among primitives {@code string} wins because every primitive converts to it. An {@code any} among
 * other types makes the result {@code any}, except among objects or tuples, which still build their
 * common structural type.
 */
public final class Unify {
  private Unify() {}

  /** The common type all of {@code types} safely convert to, or null when there is none. */
  public static Type unify(List<Type> types) {
    return unify(types, false);
  }

  /**
   * As {@link #unify} but also allows conversions that may fail for some values ({@code "5"} to
   * number); HCL's conditional uses this.
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
    boolean hasDynamic = distinct.remove(Type.ANY);
    List<Type> known = new ArrayList<>(distinct);
    boolean anyObject = known.stream().anyMatch(t -> t instanceof Type.ObjectOf);
    boolean anyTuple = known.stream().anyMatch(t -> t instanceof Type.TupleOf);
    if (anyObject && anyTuple) {
      return null;
    }
    // Structural types build a new common type rather than picking one of the inputs: an
    // object converts to any subset of itself, which would be a useless unification.
    if (anyObject && known.stream().allMatch(t -> t instanceof Type.ObjectOf)) {
      return known.size() == 1 ? known.get(0) : unifyObjects(known, unsafe);
    }
    if (anyTuple && known.stream().allMatch(t -> t instanceof Type.TupleOf)) {
      return known.size() == 1 ? known.get(0) : unifyTuples(known, unsafe);
    }
    if (hasDynamic) {
      return Type.ANY;
    }
    Type collection = unifyCollections(known, unsafe);
    return collection != null ? collection : firstCommonTarget(known, unsafe);
  }

  /** Collections of one kind unify element-wise. */
  private static Type unifyCollections(List<Type> types, boolean unsafe) {
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
        Type a =
            unify(
                types.stream().map(t -> ((Type.ObjectOf) t).attributes().get(name)).toList(),
                unsafe);
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
        Type e =
            unify(types.stream().map(t -> ((Type.TupleOf) t).elements().get(idx)).toList(), unsafe);
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

  /** The most general of {@code types} that every one of them converts to. */
  private static Type firstCommonTarget(List<Type> types, boolean unsafe) {
    List<Type> candidates = new ArrayList<>(types);
    candidates.sort(Comparator.comparingInt((Type c) -> -generalOver(c, types)));
    for (Type candidate : candidates) {
      boolean all = true;
      for (Type t : types) {
        if (Convert.resultType(t, candidate, unsafe) == null) {
          all = false;
          break;
        }
      }
      if (all) {
        return candidate;
      }
    }
    return null;
  }

  /** How many of {@code types} {@code candidate} is more general than. */
  private static int generalOver(Type candidate, List<Type> types) {
    int n = 0;
    for (Type t : types) {
      if (moreGeneral(candidate, t)) {
        n++;
      }
    }
    return n;
  }

  /**
   * A preference order for unification results: string over other primitives, a collection over a
   * structural type it can hold (list over tuple, map over object), a set over a list or tuple.
   */
  private static boolean moreGeneral(Type a, Type b) {
    if (a.equals(b)) {
      return false;
    }
    if (a instanceof Type.Primitive && b instanceof Type.Primitive) {
      return a == Type.STRING;
    }
    return (a instanceof Type.ListOf && b instanceof Type.TupleOf)
        || (a instanceof Type.MapOf && b instanceof Type.ObjectOf)
        || (a instanceof Type.SetOf && (b instanceof Type.ListOf || b instanceof Type.TupleOf));
  }
}
