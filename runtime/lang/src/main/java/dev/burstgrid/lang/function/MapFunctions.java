package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.value.Type.ANY;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Terraform's functions over maps and objects. */
final class MapFunctions {
  private MapFunctions() {}

  /** Functions that only move values around, so unknown parts of arguments stay unknown parts. */
  private static final Set<String> NESTED_UNKNOWNS =
      Set.of("keys", "lookup", "merge", "values", "zipmap");

  static List<Function> all() {
    return specs().stream()
        .map(f -> NESTED_UNKNOWNS.contains(f.name()) ? f.acceptingNestedUnknowns() : f)
        .map(Function.class::cast)
        .toList();
  }

  private static List<FunctionSpec> specs() {
    return List.of(
        FunctionSpec.of(
            "keys",
            "Returns the keys of a map or the attribute names of an object, sorted.",
            params(Param.of("inputMap", ANY)),
            MapFunctions::keysType,
            args -> {
              Map<String, Value> entries = Args.entries(args.get(0));
              List<Value> keys = new ArrayList<>();
              entries.keySet().forEach(k -> keys.add(Value.string(k)));
              return args.get(0) instanceof Value.MapValue
                  ? Args.list(STRING, keys)
                  : new Value.TupleValue(keys);
            }),
        FunctionSpec.of(
            "lookup",
            "Returns the value of a key in a map or object, or a default when it is absent.",
            params(Param.of("inputMap", ANY), Param.of("key", STRING), Param.of("default", ANY)),
            MapFunctions::lookupType,
            MapFunctions::lookup),
        FunctionSpec.variadic(
            "merge",
            "Merges maps or objects; later arguments win for repeated keys.",
            params(),
            new Param("maps", ANY, true, false),
            MapFunctions::mergeType,
            MapFunctions::merge),
        FunctionSpec.of(
            "transpose",
            "Swaps the keys and values of a map of lists of strings.",
            params(Param.of("values", new Type.MapOf(CollectionFunctions.LIST_OF_STRING))),
            returns(new Type.MapOf(CollectionFunctions.LIST_OF_STRING)),
            MapFunctions::transpose),
        FunctionSpec.of(
            "values",
            "Returns the values of a map or object, in the order of their sorted keys.",
            params(Param.of("mapping", ANY)),
            MapFunctions::valuesType,
            args -> {
              Value v = args.get(0);
              List<Value> values = new ArrayList<>(Args.entries(v).values());
              return v instanceof Value.MapValue m
                  ? Args.list(m.elementType(), values)
                  : new Value.TupleValue(values);
            }),
        FunctionSpec.of(
            "zipmap",
            "Builds a map from a list of keys and a list or tuple of values.",
            params(Param.of("keys", CollectionFunctions.LIST_OF_STRING), Param.of("values", ANY)),
            types -> {
              Type t = types.get(1);
              if (t instanceof Type.ListOf l) {
                return new Type.MapOf(l.element());
              }
              if (t instanceof Type.TupleOf || t.equals(ANY)) {
                return ANY;
              }
              throw new FunctionException(1, "values must be a list or tuple value");
            },
            MapFunctions::zipmap));
  }

  private static Type keysType(List<Type> types) throws FunctionException {
    Type t = types.get(0);
    if (t instanceof Type.MapOf) {
      return CollectionFunctions.LIST_OF_STRING;
    }
    if (t instanceof Type.ObjectOf o) {
      return new Type.TupleOf(Collections.nCopies(o.attributes().size(), STRING));
    }
    if (t.equals(ANY)) {
      return ANY;
    }
    throw new FunctionException(0, "must have map or object type");
  }

  private static Type valuesType(List<Type> types) throws FunctionException {
    Type t = types.get(0);
    if (t instanceof Type.MapOf m) {
      return new Type.ListOf(m.element());
    }
    if (t instanceof Type.ObjectOf o) {
      return new Type.TupleOf(new ArrayList<>(o.attributes().values()));
    }
    if (t.equals(ANY)) {
      return ANY;
    }
    throw new FunctionException(0, "values() requires a map as the first argument");
  }

  private static Type lookupType(List<Type> types) throws FunctionException {
    Type t = types.get(0);
    if (t instanceof Type.MapOf m) {
      if (Convert.resultType(types.get(2), m.element(), true) == null) {
        throw new FunctionException(
            2, "the default value must have the same type as the map elements");
      }
      return m.element();
    }
    if (t instanceof Type.ObjectOf || t.equals(ANY)) {
      return ANY;
    }
    throw new FunctionException(0, "the first argument must be a map or an object");
  }

  private static Value lookup(List<Value> args) throws FunctionException {
    List<Type> types = new ArrayList<>();
    args.forEach(a -> types.add(a.type()));
    Type result = lookupType(types);
    Value fallback = args.get(2);
    if (!result.equals(ANY)) {
      try {
        fallback = Conversions.convert(fallback, result);
      } catch (Conversions.Failure e) {
        throw new FunctionException(
            2, "the default value must have the same type as the map elements");
      }
    }
    Value found = Args.entries(args.get(0)).get(Args.str(args, 1));
    return found != null ? found : fallback;
  }

  private static Type mergeType(List<Type> types) throws FunctionException {
    Type mapType = null;
    boolean allMapsSame = true;
    boolean allObjects = true;
    Map<String, Type> attrs = new TreeMap<>();
    for (int i = 0; i < types.size(); i++) {
      Type t = types.get(i);
      if (t.equals(ANY)) {
        return ANY;
      }
      if (t instanceof Type.MapOf) {
        allObjects = false;
        allMapsSame &= mapType == null || mapType.equals(t);
        mapType = t;
      } else if (t instanceof Type.ObjectOf o) {
        allMapsSame = false;
        attrs.putAll(o.attributes());
      } else {
        throw new FunctionException(
            i, "arguments must be maps or objects, got " + t.friendlyName());
      }
    }
    if (types.isEmpty()) {
      return Type.ObjectOf.EMPTY;
    }
    if (allMapsSame) {
      return mapType;
    }
    return allObjects ? Type.ObjectOf.of(attrs) : ANY;
  }

  private static Value merge(List<Value> args) throws FunctionException {
    Map<String, Value> merged = new TreeMap<>();
    Type mapType = null;
    boolean allMapsSame = true;
    for (int i = 0; i < args.size(); i++) {
      Value v = args.get(i);
      if (v.isNull()) {
        continue;
      }
      Map<String, Value> entries = Args.entries(v);
      if (entries == null) {
        throw new FunctionException(
            i, "arguments must be maps or objects, got " + v.type().friendlyName());
      }
      if (v instanceof Value.MapValue) {
        allMapsSame &= mapType == null || mapType.equals(v.type());
        mapType = v.type();
      } else {
        allMapsSame = false;
      }
      merged.putAll(entries);
    }
    if (allMapsSame && mapType != null) {
      return Args.map(Args.elementType(mapType), merged);
    }
    return Value.ObjectValue.of(merged);
  }

  private static Value transpose(List<Value> args) throws FunctionException {
    Map<String, List<Value>> out = new TreeMap<>();
    for (Map.Entry<String, Value> e : Args.entries(args.get(0)).entrySet()) {
      List<Value> items = Args.elements(e.getValue());
      if (items == null) {
        throw new FunctionException(0, "input must be a map of lists of strings");
      }
      for (Value item : items) {
        if (item.isNull()) {
          throw new FunctionException(0, "cannot transpose a map with null values");
        }
        out.computeIfAbsent(((Value.Str) item).value(), k -> new ArrayList<>())
            .add(Value.string(e.getKey()));
      }
    }
    Map<String, Value> result = new TreeMap<>();
    out.forEach((k, v) -> result.put(k, Args.list(STRING, v)));
    return Args.map(CollectionFunctions.LIST_OF_STRING, result);
  }

  private static Value zipmap(List<Value> args) throws FunctionException {
    if (!FunctionCalls.isWhollyKnown(args.get(0))) {
      List<Type> types = List.of(args.get(0).type(), args.get(1).type());
      Type t = types.get(1) instanceof Type.ListOf l ? new Type.MapOf(l.element()) : ANY;
      return Value.unknown(t);
    }
    List<Value> keys = Args.elements(args.get(0));
    Value values = args.get(1);
    List<Value> vals = Args.elements(values);
    if (vals == null || values instanceof Value.SetValue) {
      throw new FunctionException(1, "values must be a list or tuple value");
    }
    if (keys.size() != vals.size()) {
      throw new FunctionException(
          String.format(
              "number of keys (%d) does not match number of values (%d)",
              keys.size(), vals.size()));
    }
    Map<String, Value> out = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).isNull()) {
        throw new FunctionException(0, "keys list has null value at index " + i);
      }
      out.put(((Value.Str) keys.get(i)).value(), vals.get(i));
    }
    if (values instanceof Value.ListValue l) {
      return Args.map(l.elementType(), out);
    }
    return Value.ObjectValue.of(out);
  }
}
