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

  /**
   * Whether this value or any part of it is marked {@link Sensitive}. Collections and structures
   * answer from a flag set when they are built, so the answer never walks the value.
   */
  default boolean containsMark() {
    return false;
  }

  /** Whether this value and every part of it is known; like {@link #containsMark}, never a walk. */
  default boolean isWhollyKnown() {
    return isKnown();
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

    @Override
    public boolean containsMark() {
      return true;
    }

    @Override
    public boolean isWhollyKnown() {
      return value.isWhollyKnown();
    }
  }

  record Unknown(Type type) implements Value {}

  /**
   * A collection or structure. It records when it is built whether a part of it is marked or
   * unknown, so {@link #containsMark} and {@link #isWhollyKnown} cost nothing however large it is.
   */
  abstract sealed class Composite implements Value
      permits ListValue, SetValue, MapValue, ObjectValue, TupleValue {
    private final boolean marked;
    private final boolean whollyKnown;

    Composite(Collection<Value> parts) {
      boolean anyMarked = false;
      boolean allKnown = true;
      for (Value part : parts) {
        anyMarked |= part.containsMark();
        allKnown &= part.isWhollyKnown();
      }
      this.marked = anyMarked;
      this.whollyKnown = allKnown;
    }

    @Override
    public final boolean containsMark() {
      return marked;
    }

    @Override
    public final boolean isWhollyKnown() {
      return whollyKnown;
    }
  }

  /** A list. */
  final class ListValue extends Composite {
    private final Type elementType;
    private final List<Value> elements;

    public ListValue(Type elementType, List<Value> elements) {
      super(elements);
      this.elementType = elementType;
      this.elements = List.copyOf(elements);
    }

    public Type elementType() {
      return elementType;
    }

    public List<Value> elements() {
      return elements;
    }

    @Override
    public Type type() {
      return new Type.ListOf(elementType);
    }

    @Override
    public Collection<Value> parts() {
      return elements;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ListValue l && l.elementType.equals(elementType) && l.elements.equals(elements);
    }

    @Override
    public int hashCode() {
      return 31 * elementType.hashCode() + elements.hashCode();
    }

    @Override
    public String toString() {
      return "ListValue[elementType=" + elementType + ", elements=" + elements + "]";
    }
  }

  /** A set: elements unique and in a canonical order. */
  final class SetValue extends Composite {
    private final Type elementType;
    private final List<Value> elements;

    public SetValue(Type elementType, List<Value> elements) {
      super(elements);
      this.elementType = elementType;
      this.elements = List.copyOf(elements);
    }

    public Type elementType() {
      return elementType;
    }

    public List<Value> elements() {
      return elements;
    }

    @Override
    public Type type() {
      return new Type.SetOf(elementType);
    }

    @Override
    public Collection<Value> parts() {
      return elements;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SetValue st && st.elementType.equals(elementType) && st.elements.equals(elements);
    }

    @Override
    public int hashCode() {
      return 31 * elementType.hashCode() + elements.hashCode();
    }

    @Override
    public String toString() {
      return "SetValue[elementType=" + elementType + ", elements=" + elements + "]";
    }
  }

  /** A map: string keys, in order, to values of one type. */
  final class MapValue extends Composite {
    private final Type elementType;
    private final SortedMap<String, Value> entries;

    public MapValue(Type elementType, SortedMap<String, Value> entries) {
      super(entries.values());
      this.elementType = elementType;
      this.entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    public Type elementType() {
      return elementType;
    }

    public SortedMap<String, Value> entries() {
      return entries;
    }

    @Override
    public Type type() {
      return new Type.MapOf(elementType);
    }

    @Override
    public Collection<Value> parts() {
      return entries.values();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MapValue m && m.elementType.equals(elementType) && m.entries.equals(entries);
    }

    @Override
    public int hashCode() {
      return 31 * elementType.hashCode() + entries.hashCode();
    }

    @Override
    public String toString() {
      return "MapValue[elementType=" + elementType + ", entries=" + entries + "]";
    }
  }

  /**
   * An object. Its type is computed once, when it is built, because nested structures ask
   * for types often; build it with {@link #ObjectValue(SortedMap)} or {@link #of}.
   */
  final class ObjectValue extends Composite {
    private final SortedMap<String, Value> attributes;
    private final Type type;

    /** @param type the object's type, or null to compute it from the attributes */
    public ObjectValue(SortedMap<String, Value> attributes, Type type) {
      super(attributes.values());
      this.attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
      this.type = type != null ? type : typeOf(this.attributes);
    }

    public ObjectValue(SortedMap<String, Value> attributes) {
      this(attributes, null);
    }

    public static ObjectValue of(Map<String, Value> attributes) {
      return new ObjectValue(new TreeMap<>(attributes));
    }

    private static Type typeOf(SortedMap<String, Value> attributes) {
      TreeMap<String, Type> types = new TreeMap<>();
      attributes.forEach((k, v) -> types.put(k, v.type()));
      return Type.ObjectOf.of(types);
    }

    public SortedMap<String, Value> attributes() {
      return attributes;
    }

    @Override
    public Type type() {
      return type;
    }

    @Override
    public Collection<Value> parts() {
      return attributes.values();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ObjectValue ov && ov.attributes.equals(attributes) && ov.type.equals(type);
    }

    @Override
    public int hashCode() {
      return 31 * attributes.hashCode() + type.hashCode();
    }

    @Override
    public String toString() {
      return "ObjectValue[attributes=" + attributes + ", type=" + type + "]";
    }
  }

  /** A tuple; like {@link ObjectValue}, its type is computed once. */
  final class TupleValue extends Composite {
    private final List<Value> elements;
    private final Type type;

    /** @param type the tuple's type, or null to compute it from the elements */
    public TupleValue(List<Value> elements, Type type) {
      super(elements);
      this.elements = List.copyOf(elements);
      this.type = type != null ? type : new Type.TupleOf(this.elements.stream().map(Value::type).toList());
    }

    public TupleValue(List<Value> elements) {
      this(elements, null);
    }

    public List<Value> elements() {
      return elements;
    }

    @Override
    public Type type() {
      return type;
    }

    @Override
    public Collection<Value> parts() {
      return elements;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TupleValue t && t.elements.equals(elements) && t.type.equals(type);
    }

    @Override
    public int hashCode() {
      return 31 * elements.hashCode() + type.hashCode();
    }

    @Override
    public String toString() {
      return "TupleValue[elements=" + elements + ", type=" + type + "]";
    }
  }
}
