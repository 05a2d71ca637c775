package dev.burstgrid.compiler.inputs;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.semantic.Traversal;
import dev.burstgrid.compiler.semantic.TraversalCollector;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.ConfigFile;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.compiler.syntax.HclParser;
import dev.burstgrid.lang.GridVariable;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Json;
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

/**
 * The values a user gives a grid's variables, gathered as Terraform does: first the environment
 * ({@code BGGO_VAR_name}), then each {@code -var-file} and {@code -var} in command-line order, a
 * later value replacing an earlier one. A {@code .json} file is a JSON object; any other file is
 * HCL ({@code name = value} lines, where a value is any constant expression: objects, heredocs,
 * arithmetic). A {@code -var} or environment value is taken as it is for a {@code string}
 * variable and read as an HCL expression for any other type. Problems are diagnostics.
 */
public final class VariableSources {
  /** The prefix of environment variables that set grid variables. */
  public static final String ENV_PREFIX = "BGGO_VAR_";

  /** One command-line input, in the order given. */
  public sealed interface Input {}

  /** {@code -var NAME=VALUE}. */
  public record Assignment(String text) implements Input {}

  /** {@code -var-file FILE}. */
  public record VarFile(Path path) implements Input {}

  private final Map<String, Type> types = new LinkedHashMap<>();
  private final java.util.Set<String> sensitive = new java.util.HashSet<>();
  private final Evaluator evaluator = new Evaluator(Functions.standard());
  private final Diagnostics diags;
  private final Map<String, Value> values = new LinkedHashMap<>();

  private VariableSources(List<GridVariable> declared, Diagnostics diags) {
    for (GridVariable v : declared) {
      types.put(v.name(), v.type());
      if (v.sensitive()) {
        sensitive.add(v.name());
      }
    }
    this.diags = diags;
  }

  /**
   * The given values by variable name (not yet converted to their types). Environment variables
   * name only declared variables; every problem is reported in {@code diags}.
   */
  public static Map<String, Value> gather(List<GridVariable> declared, Map<String, String> environment,
      List<Input> inputs, Diagnostics diags) {
    VariableSources s = new VariableSources(declared, diags);
    environment.entrySet().stream()
        .filter(e -> e.getKey().startsWith(ENV_PREFIX))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> s.environment(e.getKey().substring(ENV_PREFIX.length()), e.getValue()));
    for (Input input : inputs) {
      if (input instanceof Assignment a) {
        s.assignment(a.text());
      } else {
        s.file(((VarFile) input).path());
      }
    }
    return s.values;
  }

  /** As Terraform, an environment variable for an undeclared name is ignored. */
  private void environment(String name, String text) {
    if (types.containsKey(name)) {
      put(name, text, ENV_PREFIX + name);
    }
  }

  private void assignment(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      diags.error("input/invalid-var", null, "Invalid -var option",
          "-var takes NAME=VALUE, not \"" + text + "\": for example -var count=3 or -var 'tags={env=\"dev\"}'.");
      return;
    }
    put(text.substring(0, eq).trim(), text.substring(eq + 1), "-var " + text.substring(0, eq).trim());
  }

  /** A string variable takes the text as it is; any other type reads it as an HCL expression. */
  private void put(String name, String text, String origin) {
    Type type = types.getOrDefault(name, Type.ANY);
    if (type == Type.STRING) {
      values.put(name, Value.string(text));
      return;
    }
    SourceFile source = SourceFile.of(origin, text);
    Diagnostics own = new Diagnostics();
    Expr expr = HclParser.parseExpression(source, own);
    Value v = expr == null || own.hasErrors() ? null : constant(expr, own);
    if (v == null) {
      if (type == Type.ANY && !text.isBlank() && isPlainWord(text)) {
        values.put(name, Value.string(text)); // -var name=bob for a variable of any type
        return;
      }
      own.all().stream().filter(d -> !d.code().startsWith("input/")).forEach(diags::add);
      diags.error("input/invalid-var", null, "Invalid value for " + origin,
          "Variable \"" + name + "\" is of type " + type.friendlyName() + ", so its value is read as an HCL"
              + " expression: a number (3), a bool (true), a list ([1, 2]), a map or object ({k = \"v\"}),"
              + " or a quoted string (\"text\"); " + (sensitive.contains(name) ? "the value given (not shown:"
              + " the variable is sensitive)" : "\"" + text + "\"") + " is none of these.");
      return;
    }
    values.put(name, v);
  }

  private static boolean isPlainWord(String text) {
    return HclParser.isIdentifier(text.strip()) && !text.strip().equals("null");
  }

  private void file(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      diags.error("input/missing-var-file", null, "Variables file not found",
          "The variables file \"" + path + "\" does not exist. Check the path given to -var-file.");
      return;
    } catch (IOException | RuntimeException e) {
      diags.error("input/unreadable-var-file", null, "Cannot read variables file",
          "The variables file \"" + path + "\" cannot be read: " + e.getMessage() + ".");
      return;
    }
    if (path.getFileName().toString().endsWith(".json")) {
      jsonFile(path, text);
    } else {
      hclFile(SourceFile.of(path.toString(), text));
    }
  }

  private void jsonFile(Path path, String text) {
    try {
      if (Json.decode(text) instanceof Value.ObjectValue o) {
        values.putAll(o.attributes());
        return;
      }
      diags.error("input/invalid-var-file", null, "Invalid variables file",
          "The JSON variables file \"" + path + "\" must hold one object: {\"name\": value, …}.");
    } catch (Json.JsonException e) {
      diags.error("input/invalid-var-file", null, "Invalid variables file",
          "The JSON variables file \"" + path + "\" is not valid JSON at offset " + e.offset() + ": "
              + e.getMessage() + ".");
    }
  }

  private void hclFile(SourceFile source) {
    int before = diags.errorCount();
    ConfigFile parsed = HclParser.parseConfig(source, diags);
    if (diags.errorCount() > before) {
      return;
    }
    for (Block b : parsed.body().blocks()) {
      diags.error("input/invalid-var-file", b.typeRange(), "Unexpected block in variables file",
          "A variables file holds only assignments, NAME = VALUE; declare variables in the grid.");
    }
    for (Attribute a : parsed.body().attributes()) {
      Value v = constant(a.expr(), diags);
      if (v != null) {
        values.put(a.name(), v);
      }
    }
  }

  /** A constant expression's value, or null after reporting why it is not one. */
  private Value constant(Expr expr, Diagnostics into) {
    List<Traversal> refs = TraversalCollector.collect(expr);
    if (!refs.isEmpty()) {
      into.error("input/variables-not-allowed", refs.get(0).range(), "Variables not allowed",
          "A variable's value must be a constant; it cannot refer to " + refs.get(0).root() + ".");
      return null;
    }
    int before = into.errorCount();
    Value v = evaluator.evaluate(expr, Scope.empty(), into);
    return into.errorCount() > before ? null : v;
  }
}
