package dev.burstgrid.compiler.cli.differential;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One expression as a grid sees it: the argument of step {@code print.<name>}, reading the
 * grid variables {@code variables} (each declared with its HCL type from {@code types} and no
 * default, so nothing about them is known when the grid compiles). {@code bggoc eval} gets the
 * same expression with the same values under {@code var}. {@code origin} says where the
 * expression came from (a conformance row id, a generator's label); {@code group}, when not
 * null, makes the step a {@code count} or {@code for_each} group.
 */
public record Probe(String name, String origin, String expression, Map<String, Value> variables,
    Map<String, String> types, Group group) {

  public Probe {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    types = Map.copyOf(types);
  }

  /** A single-instance probe whose variables are all of type {@code any}. */
  public static Probe of(String name, String origin, String expression, Map<String, Value> variables) {
    return new Probe(name, origin, expression, variables, anyTypes(variables), null);
  }

  static Map<String, String> anyTypes(Map<String, Value> variables) {
    Map<String, String> any = new LinkedHashMap<>();
    variables.keySet().forEach(v -> any.put(v, "any"));
    return any;
  }

  public Probe in(Group g) {
    return new Probe(name, origin, expression, variables, types, g);
  }

  /** The variable that carries a group's size or map when it comes from a variable. */
  String groupVariable() {
    return name + "__group";
  }

  /**
   * The step address of each instance and the root variables eval gets for it: {@code var}
   * always, {@code count} or {@code each} for an instance of a group.
   */
  public Map<String, Map<String, Value>> instances() {
    Map<String, Map<String, Value>> out = new LinkedHashMap<>();
    Value var = Value.ObjectValue.of(variables);
    String address = "step.print." + name;
    if (group == null) {
      out.put(address, Map.of("var", var));
    } else if (group.count() != null) {
      for (int i = 0; i < group.count(); i++) {
        out.put(address + "[" + i + "]",
            Map.of("var", var, "count", Value.ObjectValue.of(Map.of("index", Value.number(i)))));
      }
    } else {
      for (Map.Entry<String, Value> e : group.forEach().entrySet()) {
        Value each = Value.ObjectValue.of(Map.of("key", Value.string(e.getKey()), "value", e.getValue()));
        out.put(address + "[" + Json.encode(Value.string(e.getKey())) + "]", Map.of("var", var, "each", each));
      }
    }
    return out;
  }

  /** The probe as a report shows it: expression, variables and group. */
  public String describe() {
    String vars = variables.entrySet().stream()
        .map(e -> e.getKey() + " = " + Json.encode(e.getValue()) + " (" + types.get(e.getKey()) + ")")
        .collect(Collectors.joining(", "));
    return expression.strip()
        + (vars.isEmpty() ? "" : "\n      variables: " + vars)
        + (group == null ? "" : "\n      group: " + group);
  }

  /** The declared variables in a stable order. */
  List<String> variableNames() {
    return variables.keySet().stream().sorted().toList();
  }
}
