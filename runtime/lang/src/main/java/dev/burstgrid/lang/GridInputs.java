package dev.burstgrid.lang;

import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Turns the variable values a user gives a built grid ({@code BGGO_VAR_name} environment
 * variables, then {@code -var k=v} and {@code -var-file f} in command-line order, or a map from
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
        if (v.defaultWithheld()) {
          throw new IllegalArgumentException("Variable \"" + v.name() + "\" is sensitive, so its default is"
              + " not packaged with the grid. Give it with -var " + v.name() + "=VALUE, in a -var-file or as "
              + ENV_PREFIX + v.name() + ".");
        }
        if (v.defaultValue() == null) {
          throw new IllegalArgumentException("Variable \"" + v.name() + "\" has no default. Give one with -var "
              + v.name() + "=VALUE or in a -var-file.");
        }
        value = v.defaultValue();
      }
      try {
        Value converted = Convert.to(value, v.type());
        values.put(v.name(), v.sensitive() ? Value.sensitive(converted) : converted);
      } catch (ConversionException e) {
        throw new IllegalArgumentException("The value given for variable \"" + v.name()
            + "\" does not fit its type " + v.type().friendlyName() + ": " + e.getMessage() + ".");
      }
    }
    return values;
  }

  /**
   * A {@code validation} rule of variable {@code name}, as generated code checks it on the values a
   * built grid receives.
   *
   * @param at {@code file:line:col} of the condition
   * @param ruleAt {@code file:line:col} of the validation block
   * @throws IllegalArgumentException with the rule's error message when the condition is false, or
   *     why it could not be evaluated
   */
  public static void validate(String name, Supplier<Value> condition, Supplier<Value> message, String at,
      String ruleAt) {
    Value ok;
    try {
      ok = Marks.unmark(condition.get());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(at + ": Invalid validation condition of variable \"" + name + "\": "
          + e.getMessage());
    }
    if (!(ok instanceof Value.Bool b)) {
      throw new IllegalArgumentException(at + ": Invalid validation condition of variable \"" + name
          + "\": the condition must be true or false, not " + ok.type().friendlyName() + ".");
    }
    if (!b.value()) {
      throw new IllegalArgumentException(at + ": Invalid value for variable \"" + name + "\": " + text(message, name)
          + " This was checked by the validation rule of variable \"" + name + "\" at " + ruleAt + ".");
    }
  }

  private static String text(Supplier<Value> message, String name) {
    try {
      return ((Value.Str) Convert.to(message.get(), Type.STRING)).value();
    } catch (RuntimeException | ConversionException e) {
      return "The value of variable \"" + name + "\" is not valid.";
    }
  }

  /** The prefix of environment variables that set grid variables ({@code BGGO_VAR_name}). */
  public static final String ENV_PREFIX = "BGGO_VAR_";

  /**
   * One {@code -var k=v} or environment value: a string variable takes the text as it is, any
   * other type reads it as an HCL constant ({@link HclLiterals}: {@code 3}, {@code [1, 2]}, {@code
   * {k = "v"}}); for a variable of type {@code any}, text that is no constant is a string.
   */
  public static Value parse(String text, Type type) {
    if (type == Type.STRING) {
      return Value.string(text);
    }
    try {
      return HclLiterals.value(text);
    } catch (IllegalArgumentException e) {
      if (type == Type.ANY) {
        return Value.string(text);
      }
      throw new IllegalArgumentException("A value of type " + type.friendlyName() + " is read as an HCL constant"
          + " (3, true, [1, 2], {k = \"v\"}, \"text\"); \"" + text + "\" is not one: " + e.getMessage() + ".");
    }
  }

  /** Adds {@code k=v} to {@code into}, typed by the declared variable when there is one. */
  public static void addAssignment(String assignment, List<GridVariable> declared, Map<String, Value> into) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("-var takes NAME=VALUE, not \"" + assignment + "\".");
    }
    String name = assignment.substring(0, eq).trim();
    try {
      into.put(name, parse(assignment.substring(eq + 1), typeOf(name, declared)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-var " + name + ": " + shown(name, declared, e), e);
    }
  }

  /**
   * Adds the {@code BGGO_VAR_name} entries of {@code environment} for declared variables (others
   * are ignored, as Terraform ignores {@code TF_VAR_} for undeclared names), in name order.
   */
  public static void addEnvironment(Map<String, String> environment, List<GridVariable> declared,
      Map<String, Value> into) {
    for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
      String name = e.getKey().startsWith(ENV_PREFIX) ? e.getKey().substring(ENV_PREFIX.length()) : null;
      if (name != null && declared.stream().anyMatch(v -> v.name().equals(name))) {
        try {
          into.put(name, parse(e.getValue(), typeOf(name, declared)));
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException(e.getKey() + ": " + shown(name, declared, bad), bad);
        }
      }
    }
  }

  /**
   * Adds the values of a variables file to {@code into}: a JSON object ({@code .json}, or text
   * starting with {@code {}), otherwise HCL assignments {@code name = value} of constants.
   */
  public static void addFile(Path file, List<GridVariable> declared, Map<String, Value> into) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("The variables file \"" + file + "\" does not exist.");
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Cannot read variables file \"" + file + "\": " + e.getMessage());
    }
    if (file.toString().endsWith(".json") || text.strip().startsWith("{")) {
      try {
        if (Json.decode(text.strip()) instanceof Value.ObjectValue o) {
          into.putAll(o.attributes());
          return;
        }
        throw new IllegalArgumentException("The JSON variables file \"" + file + "\" must hold one object.");
      } catch (Json.JsonException e) {
        throw new IllegalArgumentException("Variables file \"" + file + "\" is not valid JSON at offset "
            + e.offset() + ": " + e.getMessage());
      }
    }
    try {
      into.putAll(HclLiterals.assignments(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Variables file \"" + file + "\", " + e.getMessage() + ".", e);
    }
  }

  /** The parse error's message, unless it would show a sensitive variable's value. */
  private static String shown(String name, List<GridVariable> declared, IllegalArgumentException e) {
    boolean secret = declared.stream().anyMatch(v -> v.name().equals(name) && v.sensitive());
    return secret ? "the value is not a valid " + typeOf(name, declared).friendlyName()
        + " (not shown: the variable is sensitive)." : e.getMessage();
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
