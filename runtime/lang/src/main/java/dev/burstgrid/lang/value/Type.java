package dev.burstgrid.lang.value;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * HCL's type system (cty's): primitives, {@code any}, collections and structural types.
 * Types are values: compare them with {@code equals}.
 */
public sealed interface Type {
  Type STRING = Primitive.STRING;
  Type NUMBER = Primitive.NUMBER;
  Type BOOL = Primitive.BOOL;
  Type ANY = Dynamic.INSTANCE;

  /** The name a user writes in a type expression: {@code list(string)}. */
  String friendlyName();

  enum Primitive implements Type {
    STRING("string"),
    NUMBER("number"),
    BOOL("bool");

    private final String name;

    Primitive(String name) {
      this.name = name;
    }

    @Override
    public String friendlyName() {
      return name;
    }
  }

  /** {@code any}: the type is decided by the value. */
  enum Dynamic implements Type {
    INSTANCE;

    @Override
    public String friendlyName() {
      return "any";
    }
  }

  record ListOf(Type element) implements Type {
    @Override
    public String friendlyName() {
      return "list(" + element.friendlyName() + ")";
    }
  }

  record SetOf(Type element) implements Type {
    @Override
    public String friendlyName() {
      return "set(" + element.friendlyName() + ")";
    }
  }

  record MapOf(Type element) implements Type {
    @Override
    public String friendlyName() {
      return "map(" + element.friendlyName() + ")";
    }
  }

  /**
   * {@code object({a = string, b = optional(number), c = optional(number, 80)})}; attributes
   * sorted by name. {@code defaults} holds the values of optional attributes that have one: a
   * conversion to this type puts them where the attribute is absent or null.
   */
  record ObjectOf(Map<String, Type> attributes, Set<String> optional, Map<String, Value> defaults)
      implements Type {
    public ObjectOf {
      attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
      optional = Collections.unmodifiableSet(new TreeSet<>(optional));
      defaults = Collections.unmodifiableMap(new TreeMap<>(defaults));
    }

    public ObjectOf(Map<String, Type> attributes, Set<String> optional) {
      this(attributes, optional, Map.of());
    }

    public static ObjectOf of(Map<String, Type> attributes) {
      return new ObjectOf(attributes, Set.of());
    }

    public static final ObjectOf EMPTY = of(Map.of());

    @Override
    public String friendlyName() {
      StringBuilder sb = new StringBuilder("object({");
      String sep = "";
      for (Map.Entry<String, Type> e : attributes.entrySet()) {
        sb.append(sep).append(e.getKey()).append(" = ");
        boolean opt = optional.contains(e.getKey());
        sb.append(opt ? "optional(" : "").append(e.getValue().friendlyName());
        Value def = defaults.get(e.getKey());
        sb.append(def == null ? "" : ", " + Json.encode(def)).append(opt ? ")" : "");
        sep = ", ";
      }
      return sb.append("})").toString();
    }
  }

  record TupleOf(List<Type> elements) implements Type {
    public TupleOf {
      elements = List.copyOf(elements);
    }

    public static final TupleOf EMPTY = new TupleOf(List.of());

    @Override
    public String friendlyName() {
      StringBuilder sb = new StringBuilder("tuple([");
      String sep = "";
      for (Type t : elements) {
        sb.append(sep).append(t.friendlyName());
        sep = ", ";
      }
      return sb.append("])").toString();
    }
  }
}
