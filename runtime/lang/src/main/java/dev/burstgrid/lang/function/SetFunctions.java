package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.value.Type.ANY;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Terraform's set functions: union, intersection, difference and cartesian product. */
final class SetFunctions {
  private SetFunctions() {}

  private static final Type SET_OF_ANY = new Type.SetOf(ANY);

  private interface Combine {
    void apply(Set<Value> acc, List<Value> next);
  }

  static List<Function> all() {
    return List.of(
        FunctionSpec.variadic(
            "setintersection",
            "Returns the elements that all of the given sets have in common.",
            params(Param.of("first_set", SET_OF_ANY)),
            Param.of("other_sets", SET_OF_ANY),
            SetFunctions::unifiedSetType,
            args -> combine(args, (acc, next) -> acc.retainAll(next))),
        FunctionSpec.variadic(
            "setunion",
            "Returns the elements that are in any of the given sets.",
            params(Param.of("first_set", SET_OF_ANY)),
            Param.of("other_sets", SET_OF_ANY),
            SetFunctions::unifiedSetType,
            args -> combine(args, Set::addAll)),
        FunctionSpec.of(
            "setsubtract",
            "Returns the elements of the first set that are not in the second.",
            params(Param.of("a", SET_OF_ANY), Param.of("b", SET_OF_ANY)),
            SetFunctions::unifiedSetType,
            args -> combine(args, (acc, next) -> next.forEach(acc::remove))),
        FunctionSpec.variadic(
            "setproduct",
            "Returns every combination of one element from each given list or set.",
            params(),
            Param.of("sets", ANY),
            SetFunctions::productType,
            SetFunctions::product));
  }

  private static Type unifiedSetType(List<Type> types) throws FunctionException {
    // Empty literals ([]) have no element type; they do not decide the result's.
    List<Type> elements = new ArrayList<>();
    for (Type t : types) {
      Type e = Args.elementType(t);
      if (e != null && !e.equals(ANY)) {
        elements.add(e);
      }
    }
    Type element = Conversions.unify(elements);
    if (element == null) {
      throw new FunctionException("given sets must all have compatible element types");
    }
    return new Type.SetOf(element);
  }

  private static Value combine(List<Value> args, Combine op) throws FunctionException {
    List<Type> types = new ArrayList<>();
    args.forEach(a -> types.add(a.type()));
    Type.SetOf want = (Type.SetOf) unifiedSetType(types);
    Set<Value> acc = null;
    for (int i = 0; i < args.size(); i++) {
      List<Value> elems;
      try {
        elems = Args.elements(Conversions.convert(args.get(i), want));
      } catch (Conversions.Failure e) {
        throw new FunctionException(i, e.getMessage());
      }
      if (acc == null) {
        acc = new LinkedHashSet<>(elems);
      } else {
        op.apply(acc, elems);
      }
    }
    return Args.set(want.element(), acc);
  }

  private static Type productType(List<Type> types) throws FunctionException {
    if (types.size() < 2) {
      throw new FunctionException("at least two arguments are required");
    }
    boolean anyList = false;
    List<Type> elements = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      Type t = types.get(i);
      if (t.equals(ANY)) {
        return ANY;
      }
      anyList |= !(t instanceof Type.SetOf);
      elements.add(productElement(t, i));
    }
    Type tuple = new Type.TupleOf(elements);
    return anyList ? new Type.ListOf(tuple) : new Type.SetOf(tuple);
  }

  /** The element type argument {@code i} contributes: a tuple's elements unify. */
  private static Type productElement(Type t, int i) throws FunctionException {
    if (t instanceof Type.ListOf || t instanceof Type.SetOf) {
      return Args.elementType(t);
    }
    if (t instanceof Type.TupleOf tt) {
      Type u = Conversions.unify(tt.elements());
      if (u == null) {
        throw new FunctionException(i, "all elements must be of the same type");
      }
      return u;
    }
    throw new FunctionException(i, "a set or a list is required");
  }

  private static Value product(List<Value> args) throws FunctionException {
    List<Type> types = new ArrayList<>();
    args.forEach(a -> types.add(a.type()));
    Type result = productType(types);
    Type tupleType = Args.elementType(result);
    List<Type> elementTypes = ((Type.TupleOf) tupleType).elements();
    List<List<Value>> rows = new ArrayList<>();
    rows.add(List.of());
    for (int i = 0; i < args.size(); i++) {
      List<List<Value>> next = new ArrayList<>();
      for (List<Value> row : rows) {
        for (Value e : Args.elements(args.get(i))) {
          List<Value> r = new ArrayList<>(row);
          try {
            r.add(Conversions.convert(e, elementTypes.get(i)));
          } catch (Conversions.Failure f) {
            throw new FunctionException(i, f.getMessage());
          }
          next.add(r);
        }
      }
      rows = next;
    }
    List<Value> tuples = new ArrayList<>();
    for (List<Value> row : rows) {
      tuples.add(new Value.TupleValue(row));
    }
    return result instanceof Type.ListOf ? Args.list(tupleType, tuples) : Args.set(tupleType, tuples);
  }
}
