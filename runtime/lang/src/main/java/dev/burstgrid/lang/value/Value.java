package dev.burstgrid.lang.value;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable HCL value (cty's model): a string, an exact decimal number, a bool, a
 * collection (list, set, map: elements of one type) or a structure (object, tuple), or a
 * typed null. {@link Unknown} stands for a value only known at run time (a step's output)
 * and lets the compiler type-check expressions over it.
 *
 * <p>Generated code uses this type only where a schema says {@code any}; typed arguments
 * are plain Java values.
 */
public sealed interface Value {

  Type type();

  default boolean isNull() {
    return this instanceof Null;
  }

  default boolean isKnown() {
    return !(this instanceof Unknown);
  }

  /**
   * What this value holds: the elements of a list, set or tuple, the values of a map or object (in
   * key order), the value a {@link Sensitive} marks; nothing for other values.
   */
  default Collection<Value> parts() {
    return List.of();
  }

  Value TRUE = new Bool(true);
  Value FALSE = new Bool(false);

  static Value string(String s) {
    return new Str(s);
  }

  static Value number(BigDecimal n) {
    return new Num(n);
  }

  static Value number(long n) {
    return new Num(BigDecimal.valueOf(n));
  }

  static Value bool(boolean b) {
    return b ? TRUE : FALSE;
  }

  static Value nullOf(Type type) {
    return new Null(type);
  }

  static Value unknown(Type type) {
    return new Unknown(type);
  }

  /** {@code v} marked sensitive (itself when it already is); see {@link Sensitive}. */
  static Value sensitive(Value v) {
    return v instanceof Sensitive ? v : new Sensitive(v);
  }

  record Str(String value) implements Value {
    @Override
    public Type type() {
      return Type.STRING;
    }
  }

  record Num(BigDecimal value) implements Value {
    @Override
    public Type type() {
      return Type.NUMBER;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Num n && n.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
      return value.stripTrailingZeros().hashCode();
    }
  }

  record Bool(boolean value) implements Value {
    @Override
    public Type type() {
      return Type.BOOL;
    }
  }

  record Null(Type type) implements Value {}

  /**
   * A value marked sensitive (Terraform's mark): it behaves as {@code value} in every operation,
   * and what is derived from it is marked too ({@link Marks}); where a value is shown ({@link
   * Json#display}) a marked part reads {@code (sensitive value)}. Parts of a collection may be
   * marked on their own.
   */
  record Sensitive(Value value) implements Value {
    public Sensitive {
      if (value instanceof Sensitive s) {
        value = s.value();
      }
    }

    @Override
    public Type type() {
      return value.type();
    }

    @Override
    public boolean isNull() {
      return value.isNull();
    }

    @Override
    public boolean isKnown() {
      return value.isKnown();
    }

    @Override
    public Collection<Value> parts() {
      return List.of(value);
    }
  }

  record Unknown(Type type) implements Value {}

  record ListValue(Type elementType, List<Value> elements) implements Value {
    public ListValue {
      elements = List.copyOf(elements);
    }

    @Override
    public Type type() {
      return new Type.ListOf(elementType);
    }

    @Override
    public Collection<Value> parts() {
      return elements;
    }
  }

  /** Elements unique and in a canonical order. */
  record SetValue(Type elementType, List<Value> elements) implements Value {
    public SetValue {
      elements = List.copyOf(elements);
    }

    @Override
    public Type type() {
      return new Type.SetOf(elementType);
    }

    @Override
    public Collection<Value> parts() {
      return elements;
    }
  }

  record MapValue(Type elementType, SortedMap<String, Value> entries) implements Value {
    public MapValue {
      entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    @Override
    public Type type() {
      return new Type.MapOf(elementType);
    }

    @Override
    public Collection<Value> parts() {
      return entries.values();
    }
  }

  /**
   * An object. Its type is computed once, when it is built, because nested structures ask
   * for types often; build it with {@link #ObjectValue(SortedMap)} or {@link #of}.
   */
  record ObjectValue(SortedMap<String, Value> attributes, Type type) implements Value {
    public ObjectValue {
      attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
      if (type == null) {
        TreeMap<String, Type> types = new TreeMap<>();
        attributes.forEach((k, v) -> types.put(k, v.type()));
        type = Type.ObjectOf.of(types);
      }
    }

    public ObjectValue(SortedMap<String, Value> attributes) {
      this(attributes, null);
    }

    public static ObjectValue of(Map<String, Value> attributes) {
      return new ObjectValue(new TreeMap<>(attributes));
    }

    @Override
    public Collection<Value> parts() {
      return attributes.values();
    }
  }

  /** A tuple; like {@link ObjectValue}, its type is computed once. */
  record TupleValue(List<Value> elements, Type type) implements Value {
    public TupleValue {
      elements = List.copyOf(elements);
      if (type == null) {
        type = new Type.TupleOf(elements.stream().map(Value::type).toList());
      }
    }

    public TupleValue(List<Value> elements) {
      this(elements, null);
    }

    @Override
    public Collection<Value> parts() {
      return elements;
    }
  }
}
