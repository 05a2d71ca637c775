package dev.burstgrid.compiler.schema;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Java value of a component type as the HCL value a grid would write for it ({@code
 * Duration.ofSeconds(10)} is {@code "10s"}), checking that the value really has that type: a
 * default built through an unchecked cast must not reach generated code.
 */
final class JavaValue {
  private JavaValue() {}

  /**
   * {@code value} (of Java type {@code javaType}, HCL type {@code hclType}) as an HCL value.
   *
   * @param where names the value in errors, such as {@code Input.DEFAULTS.headers}
   */
  static Value of(Object value, java.lang.reflect.Type javaType, Type hclType, String where)
      throws SchemaException {
    Value v = untyped(value, javaType, where);
    try {
      return Convert.to(v, hclType);
    } catch (ConversionException e) {
      throw new SchemaException(where + " does not fit its type " + hclType.friendlyName() + ": "
          + e.getMessage());
    }
  }

  /** The value built from literals (tuples, objects), before conversion to its HCL type. */
  private static Value untyped(Object value, java.lang.reflect.Type t, String where)
      throws SchemaException {
    if (value == null) {
      return Value.nullOf(Type.ANY);
    }
    if (t instanceof Class<?> k) {
      return scalarOrRecord(value, k, where);
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      java.lang.reflect.Type[] args = p.getActualTypeArguments();
      if (raw == Map.class) {
        Map<?, ?> map = cast(value, Map.class, where);
        TreeMap<String, Value> entries = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
          String key = cast(e.getKey(), String.class, where + " key");
          entries.put(key, element(e.getValue(), args[1], where + "[\"" + key + "\"]"));
        }
        return new Value.ObjectValue(entries);
      }
      if (raw == List.class || raw == Set.class) {
        List<Value> elements = new ArrayList<>();
        Collection<?> items = (Collection<?>) cast(value, raw, where);
        for (Object e : items) {
          elements.add(element(e, args[0], where + "[" + elements.size() + "]"));
        }
        return new Value.TupleValue(elements);
      }
    }
    throw new SchemaException(where + " has the unsupported type " + t.getTypeName());
  }

  private static Value element(Object value, java.lang.reflect.Type t, String where)
      throws SchemaException {
    if (value == null) {
      throw new SchemaException(where + " is null; collections in defaults hold no nulls");
    }
    return untyped(value, t, where);
  }

  private static Value scalarOrRecord(Object value, Class<?> k, String where) throws SchemaException {
    if (k == String.class) {
      return Value.string(cast(value, String.class, where));
    }
    if (k == Duration.class) {
      return Value.string(Durations.format(cast(value, Duration.class, where)));
    }
    if (k == boolean.class || k == Boolean.class) {
      return Value.bool(cast(value, Boolean.class, where));
    }
    if (k == Value.class) {
      return cast(value, Value.class, where);
    }
    if (k.isRecord()) {
      return record(cast(value, k, where), k, where);
    }
    Class<?> boxed = boxed(k);
    if (Number.class.isAssignableFrom(boxed)) {
      return Value.number(decimal(cast(value, boxed, where), where));
    }
    throw new SchemaException(where + " has the unsupported type " + k.getName());
  }

  private static Value record(Object value, Class<?> k, String where) throws SchemaException {
    TreeMap<String, Value> attributes = new TreeMap<>();
    for (RecordComponent c : k.getRecordComponents()) {
      Object part = RecordDefaults.invoke(c, value, where);
      attributes.put(Names.snakeCase(c.getName()), untyped(part, c.getGenericType(), where + "." + c.getName()));
    }
    return new Value.ObjectValue(attributes);
  }

  private static BigDecimal decimal(Object n, String where) throws SchemaException {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (n instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new SchemaException(where + " is " + d + ", which HCL numbers cannot hold");
      }
      return BigDecimal.valueOf(d);
    }
    return BigDecimal.valueOf(((Number) n).longValue());
  }

  /** {@code value} as a {@code want}, or an error saying what it is instead. */
  private static <T> T cast(Object value, Class<T> want, String where) throws SchemaException {
    Class<?> boxed = boxed(want);
    if (!boxed.isInstance(value)) {
      throw new SchemaException(where + " is " + (value == null ? "null" : "a " + value.getClass().getName())
          + ", not a " + want.getName());
    }
    @SuppressWarnings("unchecked")
    T t = (T) boxed.cast(value);
    return t;
  }

  private static Class<?> boxed(Class<?> k) {
    if (!k.isPrimitive()) {
      return k;
    }
    return k == boolean.class ? Boolean.class : k == int.class ? Integer.class : k == long.class ? Long.class
        : k == double.class ? Double.class : k;
  }
}
