package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.Arrays;
import java.util.TreeMap;

/** Tuple and object constructors ({@code [a, b]}, {@code {k = v}}) for generated code. */
public final class Structures {
  private Structures() {}

  /** {@code [items]}. */
  public static Value tuple(Value... items) {
    return new Value.TupleValue(Arrays.asList(items));
  }

  /**
   * An object key's value as a string value (or an unknown one).
   *
   * @throws ExprException for null or a value that is not a string
   */
  public static Value objectKey(Value k) {
    if (k.isNull()) {
      throw new ExprException("Null value as key", "Can't use a null value as a key.");
    }
    try {
      return Convert.to(k, Type.STRING);
    } catch (ConversionException e) {
      throw new ExprException(
          "Incorrect key type", "Can't use this value as a key: " + e.getMessage() + ".");
    }
  }

  /** The failure for a key written as a bare traversal ({@code {a.b = 1}}). */
  public static ExprException ambiguousKey() {
    return new ExprException(
        "Ambiguous attribute key",
        "If this expression is intended to be a reference, wrap it in parentheses. If it's"
            + " instead intended as a literal name containing periods, wrap it in quotes to"
            + " create a string literal.");
  }

  /** The failure for an attribute given twice; {@code where} may name the first, or be "". */
  public static ExprException duplicateKey(String name, String where) {
    return new ExprException(
        "Duplicate object attribute",
        "The attribute \""
            + name
            + "\" was already defined"
            + where
            + "; each attribute of an object may be given only once.");
  }

  /** {@code {k1 = v1, k2 = v2, …}} at {@code at}: keys and values alternate. */
  public static Value object(String at, Value... keysAndValues) {
    TreeMap<String, Value> attrs = new TreeMap<>();
    boolean unknownKey = false;
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Value key;
      try {
        key = objectKey(keysAndValues[i]);
      } catch (ExprException e) {
        throw e.at(at);
      }
      if (!key.isKnown()) {
        unknownKey = true;
        continue;
      }
      String name = ((Value.Str) key).value();
      if (attrs.putIfAbsent(name, keysAndValues[i + 1]) != null) {
        throw duplicateKey(name, "").at(at);
      }
    }
    return unknownKey ? Value.unknown(Type.ANY) : new Value.ObjectValue(attrs);
  }
}
