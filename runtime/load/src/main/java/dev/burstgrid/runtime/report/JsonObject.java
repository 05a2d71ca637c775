package dev.burstgrid.runtime.report;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON object read field by field with its path, so a report that lacks a field or
 * has one of the wrong type is rejected with {@code metrics[3].kind: expected a string}.
 */
final class JsonObject {

  private final Map<?, ?> members;
  private final String path;

  JsonObject(Object value, String path) {
    if (!(value instanceof Map)) {
      throw new ReportFormatException(path + ": expected an object");
    }
    this.members = (Map<?, ?>) value;
    this.path = path;
  }

  String string(String name) {
    return typed(name, String.class, "a string");
  }

  double number(String name) {
    return typed(name, Double.class, "a number");
  }

  long whole(String name) {
    double d = number(name);
    if (d != Math.rint(d)) {
      throw new ReportFormatException(where(name) + ": expected a whole number, got " + d);
    }
    return (long) d;
  }

  boolean bool(String name) {
    return typed(name, Boolean.class, "true or false");
  }

  JsonObject object(String name) {
    return new JsonObject(required(name), where(name));
  }

  List<?> list(String name) {
    return typed(name, List.class, "an array");
  }

  /** The elements of an array of objects. */
  List<JsonObject> objects(String name) {
    List<?> list = list(name);
    java.util.ArrayList<JsonObject> out = new java.util.ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(new JsonObject(list.get(i), where(name) + "[" + i + "]"));
    }
    return out;
  }

  boolean has(String name) {
    return members.containsKey(name) && members.get(name) != null;
  }

  Map<?, ?> members() {
    return members;
  }

  String where(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private Object required(String name) {
    if (!members.containsKey(name)) {
      throw new ReportFormatException(where(name) + ": missing");
    }
    return members.get(name);
  }

  private <T> T typed(String name, Class<T> type, String what) {
    Object v = required(name);
    if (!type.isInstance(v)) {
      throw new ReportFormatException(where(name) + ": expected " + what);
    }
    return type.cast(v);
  }
}
