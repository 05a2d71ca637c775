package dev.burstgrid.lang.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * cty's type conversion. Safe conversions never fail for a known value of the source type (number
 * or bool to string, tuple to list, object to map, set to list); unsafe ones may fail depending on
 * the value ({@code "5"} to number works, {@code "five"} does not). An {@code any} target keeps the
 * value as it is; an unknown value stays unknown with the target type; a null becomes a null of the
 * target type. Object targets drop attributes they do not declare and fill missing {@code
 * optional(...)} attributes with null.
 */
public final class Convert {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private Convert() {}

  /**
   * Converts {@code v} to {@code want}.
   *
   * @throws ConversionException naming the path to the part that does not fit
   */
  public static Value to(Value v, Type want) throws ConversionException {
    // The result loses the mark of v itself (callers read it as a Java value or mark it again);
    // marks of its parts stay.
    return convert(Marks.unmark(v), want, new ArrayList<>());
  }

  /** True when some value of type {@code from} may convert to {@code want}. */
  public static boolean canConvert(Type from, Type want) {
    return resultType(from, want, true) != null;
  }

  /** True when every known value of type {@code from} converts to {@code want}. */
  public static boolean canConvertSafely(Type from, Type want) {
    return resultType(from, want, false) != null;
  }

  /**
   * The type a value of type {@code from} has after conversion to {@code want} (which may contain
   * {@code any}); null when no conversion exists.
   */
  public static Type resultType(Type from, Type want, boolean unsafe) {
    if (want == Type.ANY) {
      return from;
    }
    if (from == Type.ANY || from.equals(want)) {
      return want;
    }
    if (want instanceof Type.Primitive p) {
      return primitiveResult(from, p, unsafe);
    }
    if (want instanceof Type.ListOf l) {
      Type e = sequenceElement(from, l.element(), unsafe);
      return e == null ? null : new Type.ListOf(e);
    }
    if (want instanceof Type.SetOf s) {
      Type e = sequenceElement(from, s.element(), unsafe);
      return e == null ? null : new Type.SetOf(e);
    }
    if (want instanceof Type.MapOf m) {
      return mapResult(from, m, unsafe);
    }
    if (want instanceof Type.TupleOf t) {
      return tupleResult(from, t, unsafe);
    }
    if (want instanceof Type.ObjectOf o) {
      return objectResult(from, o, unsafe);
    }
    return null;
  }

  private static Type primitiveResult(Type from, Type.Primitive want, boolean unsafe) {
    if (!(from instanceof Type.Primitive)) {
      return null;
    }
    if (want == Type.STRING) {
      return want;
    }
    return unsafe && from == Type.STRING ? want : null;
  }

  /** The element type of a list or set made from {@code from}, converted to {@code want}. */
  private static Type sequenceElement(Type from, Type want, boolean unsafe) {
    if (from instanceof Type.ListOf l) {
      return resultType(l.element(), want, unsafe);
    }
    if (from instanceof Type.SetOf s) {
      return resultType(s.element(), want, unsafe);
    }
    if (from instanceof Type.TupleOf t) {
      return commonElement(t.elements(), want, unsafe);
    }
    return null;
  }

  private static Type commonElement(java.util.Collection<Type> from, Type want, boolean unsafe) {
    List<Type> results = new ArrayList<>();
    for (Type f : from) {
      Type r = resultType(f, want, unsafe);
      if (r == null) {
        return null;
      }
      results.add(r);
    }
    if (!Types.hasDynamic(want) || results.isEmpty()) {
      return want;
    }
    return unsafe ? Unify.unifyUnsafe(results) : Unify.unify(results);
  }

  private static Type mapResult(Type from, Type.MapOf want, boolean unsafe) {
    Type e = null;
    if (from instanceof Type.MapOf m) {
      e = resultType(m.element(), want.element(), unsafe);
    } else if (from instanceof Type.ObjectOf o) {
      e = commonElement(o.attributes().values(), want.element(), unsafe);
    }
    return e == null ? null : new Type.MapOf(e);
  }

  private static Type tupleResult(Type from, Type.TupleOf want, boolean unsafe) {
    List<Type> wanted = want.elements();
    List<Type> given;
    if (from instanceof Type.TupleOf t) {
      if (t.elements().size() != wanted.size()) {
        return null;
      }
      given = t.elements();
    } else if (from instanceof Type.ListOf || from instanceof Type.SetOf) {
      Type element = from instanceof Type.ListOf l ? l.element() : ((Type.SetOf) from).element();
      given = java.util.Collections.nCopies(wanted.size(), element);
    } else {
      return null;
    }
    List<Type> results = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      Type r = resultType(given.get(i), wanted.get(i), unsafe);
      if (r == null) {
        return null;
      }
      results.add(r);
    }
    return new Type.TupleOf(results);
  }

  private static Type objectResult(Type from, Type.ObjectOf want, boolean unsafe) {
    Map<String, Type> results = new TreeMap<>();
    for (Map.Entry<String, Type> a : want.attributes().entrySet()) {
      Type f;
      if (from instanceof Type.ObjectOf o) {
        f = o.attributes().get(a.getKey());
        if (f == null) {
          if (!want.optional().contains(a.getKey())) {
            return null;
          }
          results.put(a.getKey(), a.getValue());
          continue;
        }
      } else if (from instanceof Type.MapOf m) {
        f = m.element();
      } else {
        return null;
      }
      Type r = resultType(f, a.getValue(), unsafe);
      if (r == null) {
        return null;
      }
      results.put(a.getKey(), r);
    }
    if (!(from instanceof Type.ObjectOf || from instanceof Type.MapOf)) {
      return null;
    }
    return Type.ObjectOf.of(results);
  }

  // ---- values ----

  private static Value convert(Value v, Type want, List<PathStep> path) throws ConversionException {
    if (v instanceof Value.Sensitive s) {
      return Value.sensitive(convert(s.value(), want, path));
    }
    if (want == Type.ANY) {
      return v;
    }
    if (v.isNull() || !v.isKnown()) {
      Type t = resultType(v.type(), want, true);
      if (t == null) {
        throw required(want, path);
      }
      return v.isNull() ? Value.nullOf(t) : Value.unknown(t);
    }
    if (v.type().equals(want)) {
      return v;
    }
    if (want instanceof Type.Primitive p) {
      return toPrimitive(v, p, path);
    }
    if (want instanceof Type.ListOf l) {
      List<Value> items = convertElements(sequence(v, want, path), l.element(), path);
      return new Value.ListValue(elementType(items, l.element(), path), items);
    }
    if (want instanceof Type.SetOf s) {
      List<Value> items = convertElements(sequence(v, want, path), s.element(), path);
      return Sets.of(elementType(items, s.element(), path), items);
    }
    if (want instanceof Type.MapOf m) {
      return toMap(v, m, path);
    }
    if (want instanceof Type.TupleOf t) {
      return toTuple(v, t, path);
    }
    if (want instanceof Type.ObjectOf o) {
      return toObject(v, o, path);
    }
    throw required(want, path);
  }

  private static Value toPrimitive(Value v, Type.Primitive want, List<PathStep> path)
      throws ConversionException {
    if (want == Type.STRING) {
      if (v instanceof Value.Num n) {
        return Value.string(Json.formatNumber(n.value()));
      }
      if (v instanceof Value.Bool b) {
        return Value.string(Boolean.toString(b.value()));
      }
    } else if (want == Type.NUMBER && v instanceof Value.Str s) {
      if (NUMBER.matcher(s.value()).matches()) {
        try {
          BigDecimal n = new BigDecimal(s.value());
          if (NumberRange.contains(n)) {
            return Value.number(n);
          }
        } catch (NumberFormatException | ArithmeticException e) {
          // an exponent beyond int range
        }
        throw new ConversionException(path, NumberRange.explain(s.value()));
      }
      throw new ConversionException(path, "a number is required");
    } else if (want == Type.BOOL && v instanceof Value.Str s) {
      if (s.value().equals("true")) {
        return Value.TRUE;
      }
      if (s.value().equals("false")) {
        return Value.FALSE;
      }
      throw new ConversionException(path, "a bool is required");
    }
    throw required(want, path);
  }

  private static List<Value> sequence(Value v, Type want, List<PathStep> path)
      throws ConversionException {
    if (v instanceof Value.ListValue l) {
      return l.elements();
    }
    if (v instanceof Value.SetValue s) {
      return s.elements();
    }
    if (v instanceof Value.TupleValue t) {
      return t.elements();
    }
    throw required(want, path);
  }

  private static List<Value> convertElements(List<Value> items, Type want, List<PathStep> path)
      throws ConversionException {
    List<Value> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      path.add(new PathStep.Element(i));
      out.add(convert(items.get(i), want, path));
      path.remove(path.size() - 1);
    }
    return out;
  }

  /**
   * The element type of a collection built from converted items. With an {@code any} in the wanted
   * element type the items decide, so they are unified and converted once more.
   */
  private static Type elementType(List<Value> items, Type want, List<PathStep> path)
      throws ConversionException {
    if (!Types.hasDynamic(want) || items.isEmpty()) {
      return want;
    }
    List<Type> types = new ArrayList<>();
    for (Value item : items) {
      types.add(item.type());
    }
    Type common = Unify.unifyUnsafe(types);
    if (common == null) {
      throw new ConversionException(path, "all elements must have the same type");
    }
    for (int i = 0; i < items.size(); i++) {
      path.add(new PathStep.Element(i));
      items.set(i, convert(items.get(i), common, path));
      path.remove(path.size() - 1);
    }
    return common;
  }

  private static Value toMap(Value v, Type.MapOf want, List<PathStep> path)
      throws ConversionException {
    Map<String, Value> source;
    if (v instanceof Value.MapValue m) {
      source = m.entries();
    } else if (v instanceof Value.ObjectValue o) {
      source = o.attributes();
    } else {
      throw required(want, path);
    }
    List<String> keys = new ArrayList<>(source.keySet());
    List<Value> items = new ArrayList<>();
    for (String k : keys) {
      path.add(new PathStep.Key(k));
      items.add(convert(source.get(k), want.element(), path));
      path.remove(path.size() - 1);
    }
    Type elem = elementType(items, want.element(), path);
    TreeMap<String, Value> entries = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      entries.put(keys.get(i), items.get(i));
    }
    return new Value.MapValue(elem, entries);
  }

  private static Value toTuple(Value v, Type.TupleOf want, List<PathStep> path)
      throws ConversionException {
    List<Value> items = sequence(v, want, path);
    int n = want.elements().size();
    if (items.size() != n) {
      throw new ConversionException(
          path, "a tuple of " + n + (n == 1 ? " element" : " elements") + " is required");
    }
    List<Value> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      path.add(new PathStep.Element(i));
      out.add(convert(items.get(i), want.elements().get(i), path));
      path.remove(path.size() - 1);
    }
    return new Value.TupleValue(out);
  }

  private static Value toObject(Value v, Type.ObjectOf want, List<PathStep> path)
      throws ConversionException {
    Map<String, Value> source;
    if (v instanceof Value.ObjectValue o) {
      source = o.attributes();
    } else if (v instanceof Value.MapValue m) {
      source = m.entries();
    } else {
      throw required(want, path);
    }
    TreeMap<String, Value> out = new TreeMap<>();
    for (Map.Entry<String, Type> a : want.attributes().entrySet()) {
      String name = a.getKey();
      Value item = source.get(name);
      Value fallback = want.defaults().get(name);
      if (fallback != null && (item == null || item.isNull())) {
        item = fallback;
      }
      if (item == null) {
        if (!want.optional().contains(name)) {
          throw new ConversionException(path, "attribute \"" + name + "\" is required");
        }
        out.put(name, Value.nullOf(a.getValue()));
        continue;
      }
      path.add(new PathStep.Attribute(name));
      out.put(name, convert(item, a.getValue(), path));
      path.remove(path.size() - 1);
    }
    return new Value.ObjectValue(out);
  }

  private static ConversionException required(Type want, List<PathStep> path) {
    return new ConversionException(path, Types.describe(want) + " required");
  }
}
