package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Block;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.load.ScenarioCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a {@code scenario} block: a literal {@code executor} among k6's six, and only that
 * executor's options (k6's names in snake_case), with the ones it cannot do without.
 */
final class ScenarioBinder {
  /** Options every executor takes. */
  static final Set<String> COMMON = common();

  private ScenarioBinder() {}

  private static Set<String> common() {
    Set<String> names = new TreeSet<>(ScenarioCatalogue.COMMON.keySet());
    names.add("executor");
    names.add("steps");
    return Set.copyOf(names);
  }

  /** The scenario, or null after reporting why it cannot be used. */
  static ScenarioDecl bind(String name, Block b, Diagnostics diags) {
    for (Block nested : b.body().blocks()) {
      diags.error("grid/unknown-block", nested.typeRange(), "Unexpected block in scenario",
          "A scenario block holds executor = \"…\" and that executor's options as arguments.");
    }
    Map<String, Attribute> attrs = new LinkedHashMap<>();
    for (Attribute a : b.body().attributes()) {
      if (attrs.putIfAbsent(a.name(), a) != null) {
        diags.error("grid/duplicate-attribute", a.nameRange(), "Duplicate argument",
            "The argument \"" + a.name() + "\" was already set in this scenario.");
      }
    }
    Attribute executorAttr = attrs.remove("executor");
    String executor = executorAttr == null ? null : literal(executorAttr.expr());
    if (executorAttr == null) {
      diags.error("grid/missing-argument", b.headerRange(), "Missing executor",
          "A scenario says how it runs: executor = \"constant-vus\" (or one of "
              + String.join(", ", ScenarioCatalogue.EXECUTORS.keySet()) + ").");
      return null;
    }
    if (executor == null || !ScenarioCatalogue.EXECUTORS.containsKey(executor)) {
      diags.error("grid/unknown-executor", executorAttr.expr().range(), "Unknown executor",
          (executor == null ? "The executor must be a literal string." : "There is no executor \"" + executor + "\".")
              + (executor == null ? "" : DidYouMean.phrase(executor, ScenarioCatalogue.EXECUTORS.keySet()))
              + " Executors: " + String.join(", ", ScenarioCatalogue.EXECUTORS.keySet()) + ".");
      return null;
    }
    List<ScenarioDecl.StepSelector> steps = List.of();
    Attribute stepsAttr = attrs.remove("steps");
    if (stepsAttr != null) {
      steps = steps(stepsAttr, diags); // the valid entries: the others are reported

    }
    ScenarioCatalogue.ExecutorOptions options = ScenarioCatalogue.EXECUTORS.get(executor);
    Set<String> allowed = new TreeSet<>(options.options().keySet());
    allowed.addAll(COMMON);
    allowed.remove("executor");
    boolean ok = true;
    for (Attribute a : attrs.values()) {
      if (!allowed.contains(a.name())) {
        String elsewhere = ScenarioCatalogue.EXECUTORS.entrySet().stream()
            .filter(e -> e.getValue().options().containsKey(a.name()))
            .map(Map.Entry::getKey).findFirst().orElse(null);
        diags.error("grid/unknown-attribute", a.nameRange(), "Unsupported scenario option",
            "The executor \"" + executor + "\" has no option \"" + a.name() + "\"."
                + DidYouMean.phrase(a.name(), allowed)
                + (elsewhere == null ? "" : " (\"" + a.name() + "\" belongs to " + elsewhere + ".)")
                + " Its options: " + String.join(", ", allowed) + ".");
        ok = false;
      }
    }
    for (String required : new TreeSet<>(options.required())) {
      if (!attrs.containsKey(required)) {
        diags.error("grid/missing-argument", b.headerRange(), "Missing scenario option",
            "The executor \"" + executor + "\" needs " + required + " = ….");
        ok = false;
      }
    }
    return ok ? new ScenarioDecl(name, executor, attrs, steps, b) : null;
  }

  /** {@code steps = [step.T.N, …]}: references to step blocks, written out (no index, no splat). */
  private static List<ScenarioDecl.StepSelector> steps(Attribute a, Diagnostics diags) {
    if (!(a.expr() instanceof Expr.Tuple tuple) || tuple.items().isEmpty()) {
      diags.error("grid/invalid-scenario-steps", a.expr().range(), "Invalid steps",
          "steps lists the step blocks this scenario runs, such as steps = [step.http_request.login];"
              + " leave it out to run the whole grid.");
      return List.of();
    }
    List<ScenarioDecl.StepSelector> keys = new ArrayList<>();
    for (Expr item : tuple.items()) {
      String key = stepKey(item);
      if (key == null) {
        diags.error("grid/invalid-scenario-steps", item.range(), "Not a step block",
            "Each entry of steps names a step block as step.TYPE.NAME, such as step.http_request.login,"
                + " without an index: a scenario runs every instance of the blocks it names.");
      } else {
        keys.add(new ScenarioDecl.StepSelector(key, item.range()));
      }
    }
    return List.copyOf(keys);
  }

  /** {@code type.name} of {@code step.type.name}, or null for anything else. */
  private static String stepKey(Expr e) {
    if (e instanceof Expr.GetAttr name && name.target() instanceof Expr.GetAttr type
        && type.target() instanceof Expr.Variable root && root.name().equals("step")) {
      return type.name() + "." + name.name();
    }
    return null;
  }

  private static String literal(Expr e) {
    return e instanceof Expr.Template t ? t.literalText() : null;
  }
}
