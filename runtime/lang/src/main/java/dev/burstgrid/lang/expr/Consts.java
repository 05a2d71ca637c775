package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builders for the constant values and types generated code embeds (values computed at compile
 * time). Large constants are built in pieces: {@link #concat} joins arrays of elements built by
 * separate methods.
 */
public final class Consts {
  private Consts() {}

  public static Value list(Type element, Value... items) {
    return new Value.ListValue(element, Arrays.asList(items));
  }

  /** A set whose elements are already unique and in canonical order. */
  public static Value set(Type element, Value... items) {
    return new Value.SetValue(element, Arrays.asList(items));
  }

  public static Value tuple(Value... items) {
    return new Value.TupleValue(Arrays.asList(items));
  }

  /** A map; keys (string values) and elements alternate. */
  public static Value map(Type element, Value... keysAndValues) {
    return new Value.MapValue(element, entries(keysAndValues));
  }

  /** An object; attribute names (string values) and values alternate. */
  public static Value object(Value... keysAndValues) {
    return new Value.ObjectValue(entries(keysAndValues));
  }

  /** An object type; {@code optional} names the optional attributes. */
  public static Type objectType(String[] names, Type[] types, String... optional) {
    TreeMap<String, Type> attrs = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      attrs.put(names[i], types[i]);
    }
    return new Type.ObjectOf(attrs, Set.of(optional));
  }

  /**
   * As {@link #objectType(String[], Type[], String...)}, with the defaults of {@code
   * optional(T, default)} attributes: {@code defaultNames[i]} takes the JSON {@code defaultJson[i]}.
   */
  public static Type objectType(String[] names, Type[] types, String[] optional, String[] defaultNames,
      String[] defaultJson) {
    TreeMap<String, Type> attrs = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      attrs.put(names[i], types[i]);
    }
    TreeMap<String, Value> defaults = new TreeMap<>();
    for (int i = 0; i < defaultNames.length; i++) {
      try {
        defaults.put(defaultNames[i], Json.decode(defaultJson[i]));
      } catch (Json.JsonException e) {
        throw new IllegalStateException("bad default " + defaultJson[i] + ": " + e.getMessage(), e);
      }
    }
    return new Type.ObjectOf(attrs, Set.of(optional), defaults);
  }

  public static Type tupleType(Type... elements) {
    return new Type.TupleOf(List.of(elements));
  }

  /** The arrays joined in order. */
  public static Value[] concat(Value[]... parts) {
    int n = 0;
    for (Value[] p : parts) {
      n += p.length;
    }
    Value[] out = new Value[n];
    int at = 0;
    for (Value[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static TreeMap<String, Value> entries(Value[] keysAndValues) {
    TreeMap<String, Value> m = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(((Value.Str) keysAndValues[i]).value(), keysAndValues[i + 1]);
    }
    return m;
  }
}
