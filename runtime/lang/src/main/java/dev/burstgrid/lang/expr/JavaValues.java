package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Sets;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Types;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Conversions between HCL values and the plain Java types of runner and asset records, for
 * generated code (no reflection at run time). {@code toX} methods take a value already converted to
 * the field's HCL type ({@code Convert.to}); a null value gives Java {@code null} (an error for a
 * primitive). {@code at} ({@code file:line:col}) locates failures. {@code fromX} methods turn an
 * output record's component back into a value; Java {@code null} gives a null value of the
 * component's type.
 */
public final class JavaValues {
  private JavaValues() {}

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  // ---- value to Java ----

  /**
   * {@code v} converted to the HCL type {@code want} (cty's rules: {@code "5"} to 5), the step
   * before a {@code toX} method.
   *
   * @throws ExprException at {@code at} when it does not convert
   */
  public static Value convert(Value v, Type want, String at) {
    try {
      return Convert.to(v, want);
    } catch (ConversionException e) {
      throw new ExprException("Invalid value", "Unsuitable value: " + e.getMessage() + ".").at(at);
    }
  }

  public static String toStr(Value v, String at) {
    if (v.isNull()) {
      return null;
    }
    if (v instanceof Value.Str s) {
      return s.value();
    }
    throw invalid("a string is required, not " + Types.withArticle(v.type()), at);
  }

  public static boolean toBool(Value v, String at) {
    return required(toBoolBoxed(v, at), at);
  }

  public static Boolean toBoolBoxed(Value v, String at) {
    if (v.isNull()) {
      return null;
    }
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    throw invalid("a bool is required, not " + Types.withArticle(v.type()), at);
  }

  public static BigDecimal toBigDecimal(Value v, String at) {
    if (v.isNull()) {
      return null;
    }
    if (v instanceof Value.Num n) {
      return n.value();
    }
    throw invalid("a number is required, not " + Types.withArticle(v.type()), at);
  }

  public static BigInteger toBigInteger(Value v, String at) {
    BigDecimal d = toBigDecimal(v, at);
    if (d == null) {
      return null;
    }
    try {
      return d.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw invalid("a whole number is required, not " + Json.formatNumber(d), at);
    }
  }

  public static long toLong(Value v, String at) {
    return required(toLongBoxed(v, at), at);
  }

  public static Long toLongBoxed(Value v, String at) {
    BigDecimal d = toBigDecimal(v, at);
    if (d == null) {
      return null;
    }
    return whole(d, LONG_MIN, LONG_MAX, at).longValue();
  }

  public static int toInt(Value v, String at) {
    return required(toIntBoxed(v, at), at);
  }

  public static Integer toIntBoxed(Value v, String at) {
    BigDecimal d = toBigDecimal(v, at);
    if (d == null) {
      return null;
    }
    return whole(
            d, BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE), at)
        .intValue();
  }

  public static double toDouble(Value v, String at) {
    return required(toDoubleBoxed(v, at), at);
  }

  public static Double toDoubleBoxed(Value v, String at) {
    BigDecimal d = toBigDecimal(v, at);
    return d == null ? null : d.doubleValue();
  }

  /** A duration written as a string such as {@code "45s"} or {@code "1h30m"}. */
  public static Duration toDuration(Value v, String at) {
    String s = toStr(v, at);
    if (s == null) {
      return null;
    }
    try {
      return Durations.parse(s);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage() + ", not " + Json.encode(v), at);
    }
  }

  /** A list (or set or tuple) as an unmodifiable list, each element by {@code element}. */
  public static <T> List<T> toList(Value v, Function<Value, T> element, String at) {
    List<Value> items = elements(v, at);
    if (items == null) {
      return null;
    }
    List<T> out = new ArrayList<>(items.size());
    for (Value item : items) {
      out.add(element.apply(item));
    }
    return Collections.unmodifiableList(out);
  }

  /** A set (or list or tuple) as an unmodifiable set in the value's order. */
  public static <T> Set<T> toSet(Value v, Function<Value, T> element, String at) {
    List<Value> items = elements(v, at);
    if (items == null) {
      return null;
    }
    Set<T> out = new LinkedHashSet<>();
    for (Value item : items) {
      out.add(element.apply(item));
    }
    return Collections.unmodifiableSet(out);
  }

  /** A map (or object) as an unmodifiable map in key order. */
  public static <T> Map<String, T> toMap(Value v, Function<Value, T> element, String at) {
    if (v.isNull()) {
      return null;
    }
    Map<String, Value> entries;
    if (v instanceof Value.MapValue m) {
      entries = m.entries();
    } else if (v instanceof Value.ObjectValue o) {
      entries = o.attributes();
    } else {
      throw invalid("a map is required, not " + Types.withArticle(v.type()), at);
    }
    Map<String, T> out = new LinkedHashMap<>();
    entries.forEach((k, x) -> out.put(k, element.apply(x)));
    return Collections.unmodifiableMap(out);
  }

  /** Attribute {@code name} of an object value (for nested records); null when absent. */
  public static Value field(Value object, String name, String at) {
    if (object instanceof Value.ObjectValue o) {
      Value v = o.attributes().get(name);
      return v == null ? Value.nullOf(Type.ANY) : v;
    }
    if (object instanceof Value.MapValue m) {
      Value v = m.entries().get(name);
      return v == null ? Value.nullOf(Type.ANY) : v;
    }
    throw invalid("an object is required, not " + Types.withArticle(object.type()), at);
  }

  // ---- Java to value ----

  public static Value fromStr(String s) {
    return s == null ? Value.nullOf(Type.STRING) : Value.string(s);
  }

  public static Value fromBool(boolean b) {
    return Value.bool(b);
  }

  public static Value fromBool(Boolean b) {
    return b == null ? Value.nullOf(Type.BOOL) : Value.bool(b);
  }

  public static Value fromLong(long n) {
    return Value.number(n);
  }

  public static Value fromLong(Long n) {
    return n == null ? Value.nullOf(Type.NUMBER) : Value.number(n);
  }

  public static Value fromInt(int n) {
    return Value.number(n);
  }

  public static Value fromInt(Integer n) {
    return n == null ? Value.nullOf(Type.NUMBER) : Value.number(n);
  }

  /** A double as the decimal Java prints for it; NaN and infinities are errors. */
  public static Value fromDouble(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new ExprException("Invalid number", "The value " + d + " is not a finite number.");
    }
    return Value.number(BigDecimal.valueOf(d));
  }

  public static Value fromDouble(Double d) {
    return d == null ? Value.nullOf(Type.NUMBER) : fromDouble(d.doubleValue());
  }

  public static Value fromBigDecimal(BigDecimal d) {
    return d == null ? Value.nullOf(Type.NUMBER) : Value.number(d);
  }

  public static Value fromBigInteger(BigInteger i) {
    return i == null ? Value.nullOf(Type.NUMBER) : Value.number(new BigDecimal(i));
  }

  /** A duration as a string such as {@code "1m30s"} (it parses back to the same duration). */
  public static Value fromDuration(Duration d) {
    return d == null ? Value.nullOf(Type.STRING) : Value.string(Durations.format(d));
  }

  /** A Value component as itself; Java null is a null of type {@code any}. */
  public static Value fromValue(Value v) {
    return v == null ? Value.nullOf(Type.ANY) : v;
  }

  /** A list of elements of HCL type {@code elementType}. */
  public static <T> Value fromList(List<T> list, Type elementType, Function<T, Value> element) {
    if (list == null) {
      return Value.nullOf(new Type.ListOf(elementType));
    }
    List<Value> items = new ArrayList<>(list.size());
    for (T x : list) {
      items.add(element.apply(x));
    }
    return collection(new Type.ListOf(elementType), items);
  }

  public static <T> Value fromSet(Set<T> set, Type elementType, Function<T, Value> element) {
    if (set == null) {
      return Value.nullOf(new Type.SetOf(elementType));
    }
    List<Value> items = new ArrayList<>(set.size());
    for (T x : set) {
      items.add(element.apply(x));
    }
    return collection(new Type.SetOf(elementType), items);
  }

  public static <T> Value fromMap(
      Map<String, T> map, Type elementType, Function<T, Value> element) {
    if (map == null) {
      return Value.nullOf(new Type.MapOf(elementType));
    }
    TreeMap<String, Value> entries = new TreeMap<>();
    map.forEach((k, x) -> entries.put(k, element.apply(x)));
    if (Types.hasDynamic(elementType)) {
      return convert(Value.ObjectValue.of(entries), new Type.MapOf(elementType));
    }
    return new Value.MapValue(elementType, entries);
  }

  private static Value collection(Type type, List<Value> items) {
    Type element = type instanceof Type.ListOf l ? l.element() : ((Type.SetOf) type).element();
    if (Types.hasDynamic(element)) {
      // Elements of a dynamic type must still share one type: cty's conversion unifies them.
      return convert(new Value.TupleValue(items), type);
    }
    return type instanceof Type.ListOf
        ? new Value.ListValue(element, items)
        : Sets.of(element, items);
  }

  private static Value convert(Value v, Type want) {
    try {
      return Convert.to(v, want);
    } catch (ConversionException e) {
      throw new ExprException("Invalid output value", e.getMessage());
    }
  }

  private static List<Value> elements(Value v, String at) {
    if (v.isNull()) {
      return null;
    }
    if (v instanceof Value.ListValue l) {
      return l.elements();
    }
    if (v instanceof Value.SetValue s) {
      return s.elements();
    }
    if (v instanceof Value.TupleValue t) {
      return t.elements();
    }
    throw invalid("a list is required, not " + Types.withArticle(v.type()), at);
  }

  private static BigDecimal whole(BigDecimal d, BigDecimal min, BigDecimal max, String at) {
    if (d.stripTrailingZeros().scale() > 0) {
      throw invalid("a whole number is required, not " + Json.formatNumber(d), at);
    }
    if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      throw invalid(
          "the number "
              + Json.formatNumber(d)
              + " is out of range ("
              + min.toPlainString()
              + " to "
              + max.toPlainString()
              + ")",
          at);
    }
    return d;
  }

  private static <T> T required(T v, String at) {
    if (v == null) {
      throw invalid("a value is required, not null", at);
    }
    return v;
  }

  private static ExprException invalid(String detail, String at) {
    return new ExprException(
            "Invalid value", detail.substring(0, 1).toUpperCase() + detail.substring(1) + ".")
        .at(at);
  }
}
