package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static dev.burstgrid.lang.function.FunctionSpec.returnsArg;
import static dev.burstgrid.lang.value.Type.ANY;
import static dev.burstgrid.lang.value.Type.BOOL;
import static dev.burstgrid.lang.value.Type.NUMBER;
import static dev.burstgrid.lang.value.Type.STRING;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Unify;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Terraform's functions over lists, sets and tuples. */
final class CollectionFunctions {
  private CollectionFunctions() {}

  static final Type LIST_OF_ANY = new Type.ListOf(ANY);
  static final Type LIST_OF_STRING = new Type.ListOf(STRING);

  /** Functions that only move values around, so unknown parts of arguments stay unknown parts. */
  private static final Set<String> NESTED_UNKNOWNS =
      Set.of("chunklist", "concat", "element", "one", "reverse", "slice");

  static List<Function> all() {
    return specs().stream()
        .map(f -> NESTED_UNKNOWNS.contains(f.name()) ? f.acceptingNestedUnknowns() : f)
        .map(Function.class::cast)
        .toList();
  }

  private static List<FunctionSpec> specs() {
    return List.of(
        FunctionSpec.of(
            "alltrue",
            "Returns true if all elements of a collection are true, or it is empty.",
            params(Param.of("list", new Type.ListOf(BOOL))),
            returns(BOOL),
            args -> {
              for (Value v : Args.elements(args.get(0))) {
                if (v.isNull() || !((Value.Bool) v).value()) {
                  return Value.FALSE;
                }
              }
              return Value.TRUE;
            }),
        FunctionSpec.of(
            "anytrue",
            "Returns true if any element of a collection is true.",
            params(Param.of("list", new Type.ListOf(BOOL))),
            returns(BOOL),
            args -> {
              for (Value v : Args.elements(args.get(0))) {
                if (!v.isNull() && ((Value.Bool) v).value()) {
                  return Value.TRUE;
                }
              }
              return Value.FALSE;
            }),
        FunctionSpec.of(
            "chunklist",
            "Splits a list into fixed-size chunks, returning a list of lists.",
            params(Param.of("list", LIST_OF_ANY), Param.of("size", NUMBER)),
            types -> new Type.ListOf(types.get(0)),
            CollectionFunctions::chunklist),
        FunctionSpec.of(
            "compact",
            "Removes null and empty string elements from a list of strings.",
            params(Param.of("list", LIST_OF_STRING)),
            returns(LIST_OF_STRING),
            args -> {
              List<Value> out = new ArrayList<>();
              for (Value v : Args.elements(args.get(0))) {
                if (!v.isNull() && !((Value.Str) v).value().isEmpty()) {
                  out.add(v);
                }
              }
              return Args.list(STRING, out);
            }),
        FunctionSpec.variadic(
            "concat",
            "Combines lists or tuples into one.",
            params(),
            Param.of("seqs", ANY),
            CollectionFunctions::concatType,
            CollectionFunctions::concat),
        FunctionSpec.of(
            "contains",
            "Checks whether a list, tuple or set contains a value.",
            params(Param.of("list", ANY), Param.of("value", ANY)),
            types -> {
              requireSequence(types.get(0), 0, "argument must be list, tuple, or set");
              return BOOL;
            },
            args -> Value.bool(sequence(args, 0).contains(args.get(1)))),
        FunctionSpec.of(
            "distinct",
            "Removes duplicate elements from a list, keeping the first occurrence.",
            params(Param.of("list", LIST_OF_ANY)),
            returnsArg(0),
            args -> {
              Value.ListValue l = (Value.ListValue) args.get(0);
              return Args.list(l.elementType(), new ArrayList<>(new LinkedHashSet<>(l.elements())));
            }),
        FunctionSpec.of(
            "element",
            "Returns the element at an index of a list or tuple, wrapping around.",
            params(Param.of("list", ANY), Param.of("index", NUMBER)),
            CollectionFunctions::elementType,
            CollectionFunctions::element),
        FunctionSpec.of(
            "flatten",
            "Replaces nested lists, sets and tuples with their elements, recursively.",
            params(Param.of("list", ANY)),
            types -> {
              requireSequence(types.get(0), 0, "can only flatten lists, sets and tuples");
              return ANY;
            },
            args -> {
              List<Value> out = new ArrayList<>();
              flattenInto(sequence(args, 0), out);
              return new Value.TupleValue(out);
            }),
        FunctionSpec.of(
            "index",
            "Returns the index of the first element equal to a value.",
            params(Param.of("list", ANY), Param.of("value", ANY)),
            types -> {
              if (!(types.get(0) instanceof Type.ListOf || types.get(0) instanceof Type.TupleOf
                  || types.get(0).equals(ANY))) {
                throw new FunctionException(0, "argument must be a list or tuple");
              }
              return NUMBER;
            },
            args -> {
              int i = sequence(args, 0).indexOf(args.get(1));
              if (i < 0) {
                throw new FunctionException("item not found");
              }
              return Value.number(i);
            }),
        FunctionSpec.of(
            "length",
            "Returns the number of elements of a collection or characters of a string.",
            params(new Param("value", ANY, false, true)),
            types -> {
              Type t = types.get(0);
              if (t instanceof Type.Primitive && !t.equals(STRING)) {
                throw new FunctionException(
                    0, "argument must be a string, a collection type, or a structural type");
              }
              return NUMBER;
            },
            CollectionFunctions::length),
        FunctionSpec.of(
            "matchkeys",
            "Selects the values whose corresponding keys occur in a search set.",
            params(
                Param.of("values", LIST_OF_ANY),
                Param.of("keys", LIST_OF_ANY),
                Param.of("searchset", LIST_OF_ANY)),
            returnsArg(0),
            CollectionFunctions::matchkeys),
        FunctionSpec.of(
            "one",
            "Returns the only element of a collection, or null when it is empty.",
            params(Param.of("list", ANY)),
            CollectionFunctions::oneType,
            CollectionFunctions::one),
        FunctionSpec.variadic(
            "range",
            "Generates a list of numbers from a start, a limit and a step.",
            params(),
            Param.of("params", NUMBER),
            returns(new Type.ListOf(NUMBER)),
            RangeFunction::range),
        FunctionSpec.of(
            "reverse",
            "Reverses the order of a list or tuple.",
            params(Param.of("list", ANY)),
            types -> {
              Type t = types.get(0);
              requireSequence(t, 0, "can only reverse a list, set or tuple");
              if (t instanceof Type.TupleOf tt) {
                List<Type> elems = new ArrayList<>(tt.elements());
                Collections.reverse(elems);
                return new Type.TupleOf(elems);
              }
              return t instanceof Type.SetOf s ? new Type.ListOf(s.element()) : t;
            },
            args -> {
              Value v = args.get(0);
              if (v instanceof Value.SetValue && !FunctionCalls.isWhollyKnown(v)) {
                // The order of a set with unknown elements is not known yet.
                return Value.unknown(new Type.ListOf(Args.elementType(v.type())));
              }
              List<Value> elems = new ArrayList<>(sequence(args, 0));
              Collections.reverse(elems);
              if (v instanceof Value.TupleValue) {
                return new Value.TupleValue(elems);
              }
              return Args.list(Args.elementType(v.type()), elems);
            }),
        FunctionSpec.of(
            "slice",
            "Extracts consecutive elements of a list or tuple, from start (inclusive) to end.",
            params(
                Param.of("list", ANY), Param.of("start_index", NUMBER), Param.of("end_index", NUMBER)),
            types -> {
              Type t = types.get(0);
              if (t instanceof Type.ListOf || t.equals(ANY)) {
                return t;
              }
              if (t instanceof Type.TupleOf) {
                return ANY;
              }
              throw new FunctionException(0, "must be a list or tuple value");
            },
            CollectionFunctions::slice),
        FunctionSpec.of(
            "sort",
            "Sorts a list of strings lexicographically.",
            params(Param.of("list", LIST_OF_STRING)),
            returns(LIST_OF_STRING),
            CollectionFunctions::sort),
        FunctionSpec.of(
            "sum",
            "Returns the total of a list, set or tuple of numbers.",
            params(Param.of("list", ANY)),
            types -> {
              requireSequence(types.get(0), 0, "argument must be list, set, or tuple of number values");
              return NUMBER;
            },
            CollectionFunctions::sum));
  }

  /** The elements of argument {@code i}, which must be a list, set or tuple. */
  static List<Value> sequence(List<Value> args, int i) throws FunctionException {
    List<Value> elems = Args.elements(args.get(i));
    if (elems == null) {
      throw new FunctionException(i, "a list, set or tuple is required");
    }
    return elems;
  }

  static void requireSequence(Type t, int argIndex, String message) throws FunctionException {
    if (!Args.isSequence(t) && !t.equals(ANY)) {
      throw new FunctionException(argIndex, message);
    }
  }

  private static Value chunklist(List<Value> args) throws FunctionException {
    Value.ListValue list = (Value.ListValue) args.get(0);
    int size = Args.wholeInt(args, 1);
    if (size < 0) {
      throw new FunctionException(1, "the size argument must be positive");
    }
    Type chunkType = list.type();
    List<Value> chunks = new ArrayList<>();
    List<Value> elems = list.elements();
    if (size == 0) {
      return Args.list(chunkType, elems.isEmpty() ? List.of() : List.of(list));
    }
    for (int i = 0; i < elems.size(); i += size) {
      chunks.add(Args.list(list.elementType(), elems.subList(i, Math.min(i + size, elems.size()))));
    }
    return Args.list(chunkType, chunks);
  }

  private static Type concatType(List<Type> types) throws FunctionException {
    if (types.isEmpty()) {
      throw new FunctionException("at least one argument is required");
    }
    boolean allLists = true;
    boolean allTuples = true;
    List<Type> elements = new ArrayList<>();
    List<Type> tupleElements = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      Type t = types.get(i);
      if (t instanceof Type.ListOf l) {
        elements.add(l.element());
        allTuples = false;
      } else if (t instanceof Type.TupleOf tt) {
        tupleElements.addAll(tt.elements());
        allLists = false;
      } else if (t.equals(ANY)) {
        return ANY;
      } else {
        throw new FunctionException(
            i, "all arguments must be lists or tuples; got " + t.friendlyName());
      }
    }
    if (allLists) {
      // An empty list literal has element type any; it does not decide the result's.
      List<Type> decided = elements.stream().filter(e -> !e.equals(ANY)).toList();
      Type element = Conversions.unify(decided.isEmpty() ? elements : decided);
      if (element == null) {
        throw new FunctionException("all arguments must have the same element type");
      }
      return new Type.ListOf(element);
    }
    return allTuples ? new Type.TupleOf(tupleElements) : ANY;
  }

  private static Value concat(List<Value> args) throws FunctionException {
    List<Type> types = new ArrayList<>();
    args.forEach(a -> types.add(a.type()));
    Type result = concatType(types);
    List<Value> all = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      all.addAll(sequence(args, i));
    }
    if (result instanceof Type.ListOf l) {
      List<Value> converted = new ArrayList<>(all.size());
      for (Value v : all) {
        try {
          converted.add(Conversions.convert(v, l.element()));
        } catch (Conversions.Failure e) {
          throw new FunctionException("all arguments must have the same element type");
        }
      }
      return Args.list(l.element(), converted);
    }
    return new Value.TupleValue(all);
  }

  private static Type elementType(List<Type> types) throws FunctionException {
    Type t = types.get(0);
    if (t instanceof Type.ListOf l) {
      return l.element();
    }
    if (t instanceof Type.TupleOf || t.equals(ANY)) {
      return ANY;
    }
    throw new FunctionException(0, "cannot read elements from " + t.friendlyName());
  }

  private static Value element(List<Value> args) throws FunctionException {
    Value v = args.get(0);
    if (v instanceof Value.SetValue) {
      throw new FunctionException(0, "cannot read elements from " + v.type().friendlyName());
    }
    List<Value> elems = sequence(args, 0);
    int index = Args.wholeInt(args, 1);
    if (elems.isEmpty()) {
      throw new FunctionException(0, "cannot use element function with an empty list");
    }
    if (index < 0) {
      throw new FunctionException(1, "cannot use element function with a negative index");
    }
    return elems.get(index % elems.size());
  }

  private static void flattenInto(List<Value> elems, List<Value> out) {
    for (Value v : elems) {
      List<Value> nested = v.isNull() ? null : Args.elements(v);
      if (nested != null) {
        flattenInto(nested, out);
      } else {
        out.add(v);
      }
    }
  }

  private static Value length(List<Value> args) throws FunctionException {
    Value v = args.get(0);
    if (!v.isKnown()) {
      return Value.unknown(NUMBER);
    }
    if (v instanceof Value.Str s) {
      return Value.number(Strings.graphemeCount(s.value()));
    }
    if (v instanceof Value.SetValue && !FunctionCalls.isWhollyKnown(v)) {
      // Unknown set elements may turn out equal to others.
      return Value.unknown(NUMBER);
    }
    List<Value> elems = Args.elements(v);
    if (elems != null) {
      return Value.number(elems.size());
    }
    Map<String, Value> entries = Args.entries(v);
    if (entries != null) {
      return Value.number(entries.size());
    }
    throw new FunctionException(
        0, "argument must be a string, a collection type, or a structural type");
  }

  private static Value matchkeys(List<Value> args) throws FunctionException {
    Value.ListValue values = (Value.ListValue) args.get(0);
    // Keys and search set compare after conversion to their common type, as Terraform does.
    Type common =
        Unify.unifyUnsafe(List.of(args.get(1).type(), args.get(2).type()));
    if (common == null) {
      throw new FunctionException(2, "keys and searchset must be of the same type");
    }
    List<Value> keys;
    List<Value> search;
    try {
      keys = Args.elements(Conversions.convert(args.get(1), common));
      search = Args.elements(Conversions.convert(args.get(2), common));
    } catch (Conversions.Failure e) {
      throw new FunctionException(2, "keys and searchset must be of the same type");
    }
    if (keys.size() != values.elements().size()) {
      throw new FunctionException("length of keys and values should be equal");
    }
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (search.contains(keys.get(i))) {
        out.add(values.elements().get(i));
      }
    }
    return Args.list(values.elementType(), out);
  }

  private static Type oneType(List<Type> types) throws FunctionException {
    Type t = types.get(0);
    if (t instanceof Type.ListOf || t instanceof Type.SetOf) {
      return Args.elementType(t);
    }
    if (t instanceof Type.TupleOf tt) {
      if (tt.elements().size() > 1) {
        throw new FunctionException(
            0, "must be a list, set, or tuple value with either zero or one elements");
      }
      return tt.elements().isEmpty() ? ANY : tt.elements().get(0);
    }
    if (t.equals(ANY)) {
      return ANY;
    }
    throw new FunctionException(0, "must be a list, set, or tuple value with either zero or one elements");
  }

  private static Value one(List<Value> args) throws FunctionException {
    if (args.get(0) instanceof Value.SetValue && !FunctionCalls.isWhollyKnown(args.get(0))) {
      // Unknown set elements may turn out equal, changing the count.
      return Value.unknown(Args.elementType(args.get(0).type()));
    }
    List<Value> elems = sequence(args, 0);
    if (elems.size() > 1) {
      throw new FunctionException(
          0, "must be a list, set, or tuple value with either zero or one elements");
    }
    if (elems.isEmpty()) {
      Type t = Args.elementType(args.get(0).type());
      return Value.nullOf(t == null ? ANY : t);
    }
    return elems.get(0);
  }

  private static Value slice(List<Value> args) throws FunctionException {
    List<Value> elems = sequence(args, 0);
    int start = Args.wholeInt(args, 1);
    int end = Args.wholeInt(args, 2);
    if (start < 0) {
      throw new FunctionException(1, "start index must not be negative");
    }
    if (end > elems.size()) {
      throw new FunctionException(2, "end index must not be greater than the length of the list");
    }
    if (start > end) {
      throw new FunctionException(1, "start index must not be greater than end index");
    }
    List<Value> part = elems.subList(start, end);
    Value v = args.get(0);
    if (v instanceof Value.ListValue l) {
      return Args.list(l.elementType(), part);
    }
    if (v instanceof Value.TupleValue) {
      return new Value.TupleValue(part);
    }
    throw new FunctionException(0, "must be a list or tuple value");
  }

  private static Value sort(List<Value> args) throws FunctionException {
    List<Value> elems = Args.elements(args.get(0));
    List<String> strings = new ArrayList<>(elems.size());
    for (int i = 0; i < elems.size(); i++) {
      if (elems.get(i).isNull()) {
        throw new FunctionException(
            0, "given list element " + i + " is null; a null string cannot be sorted");
      }
      strings.add(((Value.Str) elems.get(i)).value());
    }
    strings.sort(Strings::compareCodePoints);
    return Args.strings(strings);
  }

  private static Value sum(List<Value> args) throws FunctionException {
    List<Value> elems = sequence(args, 0);
    if (elems.isEmpty()) {
      throw new FunctionException(0, "cannot sum an empty list");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Value v : elems) {
      Value n;
      try {
        n = v.isNull() ? null : Conversions.convert(v, NUMBER);
      } catch (Conversions.Failure e) {
        n = null;
      }
      if (!(n instanceof Value.Num num)) {
        throw new FunctionException(0, "argument must be list, set, or tuple of number values");
      }
      total = total.add(num.value());
    }
    return Value.number(total);
  }
}
