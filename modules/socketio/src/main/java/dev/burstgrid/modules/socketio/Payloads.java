package dev.burstgrid.modules.socketio;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * Event arguments between grid values and the Socket.IO client's objects ({@code JSONObject},
 * {@code JSONArray}, strings, numbers, booleans, {@code byte[]} for binary). Received bytes
 * become base64 text, the way grids write bytes.
 */
final class Payloads {
  private Payloads() {}

  /** A grid value as one event argument. */
  static Object toArgument(Value v) {
    if (v == null || v.isNull()) {
      return JSONObject.NULL;
    }
    if (v instanceof Value.Str s) {
      return s.value();
    }
    if (v instanceof Value.Num n) {
      return number(n.value());
    }
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    if (v instanceof Value.ObjectValue o) {
      return object(o.attributes());
    }
    if (v instanceof Value.MapValue m) {
      return object(m.entries());
    }
    List<Value> items = items(v);
    if (items == null) {
      throw new IllegalArgumentException("a value that is not known cannot be sent");
    }
    JSONArray array = new JSONArray();
    items.forEach(item -> array.put(toArgument(item)));
    return array;
  }

  /** A received event argument as a grid value. */
  static Value toValue(Object o) {
    if (o == null || o == JSONObject.NULL) {
      return Value.nullOf(Type.ANY);
    }
    if (o instanceof String s) {
      return Value.string(s);
    }
    if (o instanceof Boolean b) {
      return Value.bool(b);
    }
    if (o instanceof Number n) {
      return Value.number(new BigDecimal(n.toString()));
    }
    if (o instanceof byte[] bytes) {
      return Value.string(Base64.getEncoder().encodeToString(bytes));
    }
    if (o instanceof JSONArray array) {
      List<Value> items = new ArrayList<>();
      for (int i = 0; i < array.length(); i++) {
        items.add(toValue(array.opt(i)));
      }
      return new Value.TupleValue(items);
    }
    if (o instanceof JSONObject object) {
      TreeMap<String, Value> fields = new TreeMap<>();
      for (Iterator<?> keys = object.keys(); keys.hasNext(); ) {
        String key = (String) keys.next();
        fields.put(key, toValue(object.opt(key)));
      }
      return new Value.ObjectValue(fields);
    }
    return Value.string(o.toString());
  }

  /** Every argument as a grid value. */
  static List<Value> toValues(Object[] arguments, int from) {
    List<Value> values = new ArrayList<>();
    for (int i = from; i < arguments.length; i++) {
      values.add(toValue(arguments[i]));
    }
    return values;
  }

  private static Object number(BigDecimal n) {
    // JavaScript has doubles; whole numbers go as integers so that 3 is not sent as 3.0.
    try {
      return n.longValueExact();
    } catch (ArithmeticException notWhole) {
      return n.doubleValue();
    }
  }

  private static JSONObject object(Map<String, Value> fields) {
    JSONObject object = new JSONObject();
    fields.forEach(
        (key, value) -> {
          try {
            object.put(key, toArgument(value));
          } catch (JSONException e) {
            throw new IllegalArgumentException("cannot send \"" + key + "\": " + e.getMessage(), e);
          }
        });
    return object;
  }

  /** The elements of a list, tuple or set; null for other values. */
  static List<Value> items(Value v) {
    if (v instanceof Value.TupleValue t) {
      return t.elements();
    }
    if (v instanceof Value.ListValue l) {
      return l.elements();
    }
    return v instanceof Value.SetValue s ? s.elements() : null;
  }
}
