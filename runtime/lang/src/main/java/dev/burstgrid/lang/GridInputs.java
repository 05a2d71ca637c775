package dev.burstgrid.lang;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the variable values a user gives ({@code -var k=v}, {@code -var-file f}, or a map from
 * code) into the values a grid runs with. Every problem is an {@link IllegalArgumentException}
 * whose message is meant for the user.
 */
public final class GridInputs {
  private GridInputs() {}

  /**
   * Checks {@code given} against the declared variables, fills in defaults and converts every
   * value to its declared type.
   */
  public static Map<String, Value> resolve(List<GridVariable> declared, Map<String, Value> given) {
    Map<String, GridVariable> byName = new LinkedHashMap<>();
    for (GridVariable v : declared) {
      byName.put(v.name(), v);
    }
    for (String name : given.keySet()) {
      if (!byName.containsKey(name)) {
        throw new IllegalArgumentException("A value was given for variable \"" + name
            + "\", but the grid declares no such variable" + declaredList(byName) + ".");
      }
    }
    Map<String, Value> values = new LinkedHashMap<>();
    for (GridVariable v : declared) {
      Value value = given.get(v.name());
      if (value == null) {
        if (v.defaultValue() == null) {
          throw new IllegalArgumentException("Variable \"" + v.name() + "\" has no default. Give one with -var "
              + v.name() + "=VALUE or in a -var-file.");
        }
        value = v.defaultValue();
      }
      try {
        values.put(v.name(), Convert.to(value, v.type()));
      } catch (ConversionException e) {
        throw new IllegalArgumentException("The value given for variable \"" + v.name()
            + "\" does not fit its type " + v.type().friendlyName() + ": " + e.getMessage() + ".");
      }
    }
    return values;
  }

  /**
   * One {@code -var k=v} value: a string variable takes the text as it is, any other type reads
   * it as JSON (or as a string when it is not JSON, so a type error names the text).
   */
  public static Value parse(String text, Type type) {
    if (type == Type.STRING) {
      return Value.string(text);
    }
    try {
      return Json.decode(text);
    } catch (Json.JsonException e) {
      return Value.string(text);
    }
  }

  /** Adds {@code k=v} to {@code into}, typed by the declared variable when there is one. */
  public static void addAssignment(String assignment, List<GridVariable> declared, Map<String, Value> into) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("-var takes NAME=VALUE, not \"" + assignment + "\".");
    }
    String name = assignment.substring(0, eq).trim();
    into.put(name, parse(assignment.substring(eq + 1), typeOf(name, declared)));
  }

  /**
   * Adds the values of a variables file to {@code into}: a JSON object, or lines of {@code
   * name = value} (values as for {@code -var}, a quoted value is a JSON string; {@code #}
   * starts a comment line).
   */
  public static void addFile(Path file, List<GridVariable> declared, Map<String, Value> into) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Cannot read variables file \"" + file + "\": " + e.getMessage());
    }
    if (text.strip().startsWith("{")) {
      try {
        Value v = Json.decode(text.strip());
        if (v instanceof Value.ObjectValue o) {
          into.putAll(o.attributes());
          return;
        }
      } catch (Json.JsonException e) {
        throw new IllegalArgumentException("Variables file \"" + file + "\" is not valid JSON at offset "
            + e.offset() + ": " + e.getMessage());
      }
    }
    int lineNo = 0;
    for (String line : text.split("\r?\n", -1)) {
      lineNo++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("//")) {
        continue;
      }
      int eq = l.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("Variables file \"" + file + "\" line " + lineNo
            + ": expected NAME = VALUE or a JSON object.");
      }
      String name = l.substring(0, eq).strip();
      String raw = l.substring(eq + 1).strip();
      Value value;
      try {
        value = Json.decode(raw);
      } catch (Json.JsonException e) {
        value = parse(raw, typeOf(name, declared));
      }
      into.put(name, value);
    }
  }

  private static Type typeOf(String name, List<GridVariable> declared) {
    for (GridVariable v : declared) {
      if (v.name().equals(name)) {
        return v.type();
      }
    }
    return Type.ANY;
  }

  private static String declaredList(Map<String, GridVariable> byName) {
    if (byName.isEmpty()) {
      return " (it declares none)";
    }
    return " (declared: " + String.join(", ", new TreeSet<>(byName.keySet())) + ")";
  }
}
