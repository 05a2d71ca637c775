package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.value.Type.ANY;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;

/** {@code coalesce} and {@code coalescelist}: the first non-empty of their arguments. */
final class CoalesceFunctions {
  private CoalesceFunctions() {}

  static List<Function> all() {
    return List.of(
        FunctionSpec.variadic(
            "coalesce",
            "Returns the first argument that is not null or an empty string.",
            params(),
            new Param("vals", ANY, true, true),
            CoalesceFunctions::coalesceType,
            CoalesceFunctions::coalesce),
        FunctionSpec.variadic(
            "coalescelist",
            "Returns the first of the given lists or tuples that is not empty.",
            params(),
            new Param("vals", ANY, true, true),
            CoalesceFunctions::coalescelistType,
            CoalesceFunctions::coalescelist));
  }

  private static Type coalesceType(List<Type> types) throws FunctionException {
    Type t = Conversions.unify(types);
    if (t == null) {
      throw new FunctionException("all arguments must have the same type");
    }
    return t;
  }

  private static Value coalesce(List<Value> args) throws FunctionException {
    List<Type> types = new ArrayList<>();
    args.forEach(a -> types.add(a.type()));
    Type want = coalesceType(types);
    for (int i = 0; i < args.size(); i++) {
      Value v;
      try {
        v = Conversions.convert(args.get(i), want);
      } catch (Conversions.Failure e) {
        throw new FunctionException(i, e.getMessage());
      }
      if (!v.isKnown()) {
        return Value.unknown(want);
      }
      if (v.isNull() || (v instanceof Value.Str s && s.value().isEmpty())) {
        continue;
      }
      return v;
    }
    throw new FunctionException("no non-null, non-empty-string arguments");
  }

  private static Type coalescelistType(List<Type> types) throws FunctionException {
    List<Type> elements = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      Type t = types.get(i);
      if (t instanceof Type.ListOf l) {
        elements.add(l.element());
      } else if (t instanceof Type.TupleOf || t.equals(ANY)) {
        return ANY;
      } else {
        throw new FunctionException(
            i, "coalescelist arguments must be lists or tuples, got " + t.friendlyName());
      }
    }
    Type element = Conversions.unify(elements);
    return element == null ? ANY : new Type.ListOf(element);
  }

  private static Value coalescelist(List<Value> args) throws FunctionException {
    if (args.isEmpty()) {
      throw new FunctionException("at least one argument is required");
    }
    for (Value v : args) {
      if (!v.isKnown()) {
        return Value.unknown(ANY);
      }
      if (v.isNull()) {
        continue;
      }
      List<Value> elems = Args.elements(v);
      if (elems == null || v instanceof Value.SetValue) {
        throw new FunctionException(
            args.indexOf(v),
            "coalescelist arguments must be lists or tuples, got " + v.type().friendlyName());
      }
      if (!elems.isEmpty()) {
        return v;
      }
    }
    throw new FunctionException("no non-null arguments");
  }
}
