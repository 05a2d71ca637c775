package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import java.util.Map;

/**
 * The {@code match} argument of the receiving runners: a pattern object that a JSON payload
 * matches when it holds every entry of the pattern. Nested objects match the same way (the
 * payload may have more keys); lists match element by element; scalars match when their text is
 * the same, so {@code id = 42} and {@code id = "42"} both match a payload's {@code 42} (HCL turns
 * the values of a mixed map into strings, so types cannot be told apart reliably).
 */
public final class PayloadMatch {
  private PayloadMatch() {}

  /** Whether {@code payload} holds every entry of {@code pattern}; an empty pattern matches all. */
  public static boolean matches(Map<String, Value> pattern, Value payload) {
    Map<String, Value> fields = fields(payload);
    if (fields == null) {
      return pattern.isEmpty();
    }
    for (Map.Entry<String, Value> entry : pattern.entrySet()) {
      Value actual = fields.get(entry.getKey());
      if (actual == null || !valueMatches(entry.getValue(), actual)) {
        return false;
      }
    }
    return true;
  }

  /** The pattern as compact JSON, for messages: {@code {"id":"42"}}. */
  public static String describe(Map<String, Value> pattern) {
    return Json.encode(Value.ObjectValue.of(pattern));
  }

  private static boolean valueMatches(Value expected, Value actual) {
    Map<String, Value> expectedFields = fields(expected);
    if (expectedFields != null) {
      return matches(expectedFields, actual);
    }
    List<Value> expectedItems = items(expected);
    if (expectedItems != null) {
      List<Value> actualItems = items(actual);
      if (actualItems == null || actualItems.size() != expectedItems.size()) {
        return false;
      }
      for (int i = 0; i < expectedItems.size(); i++) {
        if (!valueMatches(expectedItems.get(i), actualItems.get(i))) {
          return false;
        }
      }
      return true;
    }
    String expectedText = scalarText(expected);
    return expectedText == null ? actual.isNull() : expectedText.equals(scalarText(actual));
  }

  private static Map<String, Value> fields(Value v) {
    if (v instanceof Value.ObjectValue o) {
      return o.attributes();
    }
    return v instanceof Value.MapValue m ? m.entries() : null;
  }

  private static List<Value> items(Value v) {
    if (v instanceof Value.TupleValue t) {
      return t.elements();
    }
    if (v instanceof Value.ListValue l) {
      return l.elements();
    }
    return v instanceof Value.SetValue s ? s.elements() : null;
  }

  /** A scalar's text ({@code 42}, {@code true}, {@code abc}); null for null and collections. */
  private static String scalarText(Value v) {
    if (v instanceof Value.Str s) {
      return s.value();
    }
    if (v instanceof Value.Num n) {
      return Json.formatNumber(n.value());
    }
    return v instanceof Value.Bool b ? String.valueOf(b.value()) : null;
  }
}
