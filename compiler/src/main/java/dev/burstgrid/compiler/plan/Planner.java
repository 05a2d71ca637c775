package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.Scope;
import dev.burstgrid.compiler.eval.TypeExprs;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.semantic.Analysis;
import dev.burstgrid.compiler.semantic.ArgumentChecker;
import dev.burstgrid.compiler.semantic.CheckDecl;
import dev.burstgrid.compiler.semantic.ScenarioDecl;
import dev.burstgrid.compiler.semantic.ThresholdDecl;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.LocalDecl;
import dev.burstgrid.compiler.semantic.OutputDecl;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.StepControlsDecl;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.semantic.VariableDecl;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.lang.function.Function;
import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates what can be known before the run — variables, locals, {@code count} and {@code
 * for_each} — expands static groups, type-checks every argument against its schema (values
 * that depend on step outputs are unknown but typed), and resolves references to group
 * instances. The result is the {@link Plan}.
 */
public final class Planner {
  private final Analysis analysis;
  private final Diagnostics diags;
  private final Evaluator evaluator;
  private final RootValues roots = new RootValues();
  private final Map<String, Expansion> expansions = new LinkedHashMap<>();
  private final java.util.Set<String> givenVariables = new java.util.HashSet<>(); // with a value for this plan

  private Planner(Analysis analysis, Map<String, Function> functions, Diagnostics diags) {
    this.analysis = analysis;
    this.diags = diags;
    this.evaluator = new Evaluator(functions);
  }

  /**
   * @param inputs values given for variables ({@code -var}); a variable with neither input nor
   *     default is unknown when {@code requireInputs} is false (check), an error otherwise (run)
   */
  public static Plan plan(Analysis analysis, DependencyGraph graph, List<String> order,
      Map<String, Value> inputs, boolean requireInputs, Map<String, Function> functions, Diagnostics diags) {
    Planner p = new Planner(analysis, functions, diags);
    p.variables(inputs, requireInputs);
    GridModel model = analysis.model();
    for (ResourceDecl r : model.resources().values()) {
      p.roots.resource(r);
    }
    for (String address : order) {
      if (address.startsWith("local.")) {
        LocalDecl l = model.locals().get(address.substring("local.".length()));
        p.roots.local(l.name(), p.eval(l.attribute(), null, null));
      } else if (address.startsWith("step.")) {
        StepDecl s = model.steps().get(address.substring("step.".length()));
        Expansion e = p.sizedAtRunTimeIfDefaulted(s, new ExpansionEvaluator(p::eval, diags).expand(s));
        p.expansions.put(s.key(), e);
        p.roots.step(s, e);
      }
    }
    for (ResourceDecl r : model.resources().values()) {
      p.checkArguments(r.address(), r.arguments(), r.schema() == null ? null : r.schema().config(), null, null,
          r.block().headerRange());
    }
    Map<String, PlanStep> steps = new LinkedHashMap<>();
    InstanceDeps deps = new InstanceDeps(analysis, p.expansions, p::evalIndex, diags);
    for (StepDecl s : model.steps().values()) {
      Expansion e = p.expansions.get(s.key());
      p.checkArguments(s.address(), s.arguments(), s.schema() == null ? null : s.schema().input(),
          s.count() != null ? RootValues.countObject(Value.unknown(Type.NUMBER)) : null,
          s.forEach() != null ? RootValues.eachObject(Value.unknown(Type.STRING), Value.unknown(Type.ANY)) : null,
          s.block().headerRange());
      steps.put(s.key(), new PlanStep(s, e, deps.of(s)));
      RaceChecks.check(s, analysis, p.expansions, diags);
    }
    for (StepDecl s : model.steps().values()) {
      p.checkChecks(s);
    }
    ScenarioChecker scenarios = new ScenarioChecker(a -> p.eval(a, null, null), diags);
    for (ScenarioDecl sc : model.scenarios().values()) {
      scenarios.check(sc);
      for (ScenarioDecl.StepSelector selected : sc.steps()) {
        if (!model.steps().containsKey(selected.key())) {
          diags.error("grid/unknown-step", selected.range(), "Unknown step",
              "There is no step block step." + selected.key() + " for scenario \"" + sc.name() + "\" to run."
                  + dev.burstgrid.compiler.diag.DidYouMean.phrase(selected.key(), model.steps().keySet()));
        }
      }
    }
    ThresholdChecker thresholds = new ThresholdChecker(model, diags);
    Map<String, List<String>> thresholdReads = new LinkedHashMap<>();
    for (ThresholdDecl t : model.thresholds().values()) {
      List<String> reads = thresholds.reads(t);
      if (reads != null) {
        thresholdReads.put(t.name(), reads);
        p.typed(t.condition(), Map.of("metric", Value.unknown(Type.ANY)), Type.BOOL,
            "A threshold's condition is true or false");
      }
    }
    for (OutputDecl o : model.outputs().values()) {
      p.evaluator.evaluate(o.value(), Scope.root(p.roots.roots(null, null)), diags);
    }
    Plan checked = new Plan(analysis, steps, order, graph, null);
    return diags.hasErrors() ? checked : new Plan(analysis, steps, order, graph, GridPlanBuilder.build(checked, thresholdReads));
  }

  /** Whether traversal {@code t} ({@code var.NAME…}) reads a variable given a value for this plan. */
  private boolean givenVariableRead(dev.burstgrid.compiler.semantic.Traversal t) {
    return !t.parts().isEmpty() && t.parts().get(0) instanceof dev.burstgrid.compiler.semantic.Traversal.Attr name
        && givenVariables.contains(name.name());
  }

  private void variables(Map<String, Value> inputs, boolean requireInputs) {
    givenVariables.addAll(inputs.keySet());
    for (String given : inputs.keySet()) {
      if (!analysis.model().variables().containsKey(given)) {
        diags.error("grid/undeclared-variable", null, "Value for undeclared variable",
            "A value was given for variable \"" + given + "\", but the grid declares no such variable."
                + dev.burstgrid.compiler.diag.DidYouMean.phrase(given, analysis.model().variables().keySet()));
      }
    }
    for (VariableDecl v : analysis.model().variables().values()) {
      Type type = v.typeExpr() == null ? Type.ANY : TypeExprs.parse(v.typeExpr(), diags);
      if (type == null) {
        type = Type.ANY;
      }
      Value value;
      if (inputs.containsKey(v.name())) {
        value = convertVariable(v, inputs.get(v.name()), type, "The value given for");
      } else if (v.defaultExpr() != null) {
        Value def = evaluator.evaluate(v.defaultExpr(), Scope.empty(), diags);
        value = convertVariable(v, def, type, "The default of");
      } else if (requireInputs) {
        diags.error("grid/missing-variable", v.block().headerRange(), "No value for required variable",
            "Variable \"" + v.name() + "\" has no default. Give one with -var " + v.name() + "=VALUE or in a -var-file.");
        value = Value.unknown(type);
      } else {
        value = Value.unknown(type);
      }
      roots.variable(v.name(), value);
    }
  }

  private Value convertVariable(VariableDecl v, Value value, Type type, String what) {
    try {
      return Convert.to(value, type);
    } catch (ConversionException e) {
      diags.error("type/variable-mismatch", v.defaultExpr() != null && what.startsWith("The default")
              ? v.defaultExpr().range() : v.block().headerRange(),
          "Invalid value for variable",
          what + " variable \"" + v.name() + "\" does not fit its type " + type.friendlyName() + ": "
              + e.getMessage() + ".");
      return Value.unknown(type);
    }
  }

  /** Evaluates an attribute in the grid scope, with optional count/each objects. */
  Value eval(Attribute a, Value count, Value each) {
    return evaluator.evaluate(a.expr(), Scope.root(roots.roots(count, each)), diags);
  }

  /**
   * A group sized by a variable that was given no value here is sized at run time: its default
   * only stands in for what a run or a built jar may be given, so an index beyond the default's
   * size is no error ({@code -var n=9} makes {@code step.x.y[5]} exist). The run checks the index.
   */
  private Expansion sizedAtRunTimeIfDefaulted(StepDecl s, Expansion e) {
    if (e.staticSize() < 0 || e instanceof Expansion.Single) {
      return e;
    }
    Attribute sizing = s.count() != null ? s.count() : s.forEach();
    if (!readsVariables(sizing.expr(), new java.util.HashSet<>(), false)) {
      return e;
    }
    return s.count() != null ? new Expansion.DynamicCount(sizing.expr()) : new Expansion.DynamicForEach(sizing.expr());
  }

  /**
   * Whether {@code e} reads a variable, itself or through locals; with {@code givenToo} false,
   * only a variable given no value for this plan counts.
   */
  private boolean readsVariables(dev.burstgrid.compiler.syntax.Expr e, java.util.Set<String> seenLocals,
      boolean givenToo) {
    for (dev.burstgrid.compiler.semantic.Traversal t : dev.burstgrid.compiler.semantic.TraversalCollector.collect(e)) {
      if (t.root().equals("var") && (givenToo || !givenVariableRead(t))) {
        return true;
      }
      if (t.root().equals("local") && !t.parts().isEmpty()
          && t.parts().get(0) instanceof dev.burstgrid.compiler.semantic.Traversal.Attr name
          && seenLocals.add(name.name())) {
        LocalDecl l = analysis.model().locals().get(name.name());
        if (l != null && readsVariables(l.attribute().expr(), seenLocals, givenToo)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A check's condition is a bool, its error message a string, both over {@code self}. */
  private void checkChecks(StepDecl s) {
    Map<String, Value> scope = new java.util.TreeMap<>(roots.roots(
        s.count() != null ? RootValues.countObject(Value.unknown(Type.NUMBER)) : null,
        s.forEach() != null ? RootValues.eachObject(Value.unknown(Type.STRING), Value.unknown(Type.ANY)) : null));
    if (s.controls().condition() != null) {
      typed(s.controls().condition(), scope, Type.BOOL, "A step's if is true or false");
    }
    StepControlsDecl.RetryDecl retry = s.controls().retry();
    if (retry != null && retry.on() != null) {
      Map<String, Value> retryScope = new java.util.TreeMap<>(scope);
      Map<String, Value> self = new java.util.TreeMap<>();
      if (RootValues.instanceValue(s) instanceof Value.ObjectValue instance) {
        self.putAll(instance.attributes());
      }
      self.put("error", Value.unknown(Type.STRING));
      retryScope.put("self", Value.ObjectValue.of(self));
      typed(retry.on(), retryScope, Type.BOOL, "A retry condition is true or false");
    }
    scope.put("self", RootValues.instanceValue(s));
    for (CheckDecl c : s.checks()) {
      typed(c.condition(), scope, Type.BOOL, "A check's condition is true or false");
      if (c.errorMessage() != null) {
        typed(c.errorMessage(), scope, Type.STRING, "A check's error_message is a string");
      }
    }
  }

  private void typed(Attribute a, Map<String, Value> roots, Type type, String what) {
    int before = diags.errorCount();
    Value v = evaluator.evaluate(a.expr(), Scope.root(roots), diags);
    if (diags.errorCount() > before) {
      return;
    }
    try {
      Convert.to(v, type);
    } catch (ConversionException e) {
      diags.error("type/mismatch", a.expr().range(), "Invalid value", what + ": " + e.getMessage() + ".");
    }
  }

  /** Evaluates an index expression quietly (errors are reported by the argument check). */
  Value evalIndex(dev.burstgrid.compiler.syntax.Expr index, Value count, Value each) {
    return evaluator.evaluate(index, Scope.root(roots.roots(count, each)), new Diagnostics());
  }

  private void checkArguments(String owner, Map<String, Attribute> args,
      dev.burstgrid.compiler.schema.RecordSchema schema, Value count, Value each,
      dev.burstgrid.compiler.source.Range block) {
    Map<String, Value> converted = new java.util.HashMap<>(); // an argument already reported stays out
    for (Attribute a : args.values()) {
      int before = diags.errorCount();
      Value v = eval(a, count, each);
      if (schema == null || diags.errorCount() > before) {
        continue;
      }
      FieldSchema field = schema.field(a.name());
      if (field != null) {
        Value c = ArgumentChecker.check(a, v, field, owner, diags);
        // a value from a variable is the default here; the run may be given another
        converted.put(a.name(), readsVariables(a.expr(), new java.util.HashSet<>(), true) ? null : c);
      }
    }
    if (schema != null) {
      dev.burstgrid.compiler.semantic.RecordChecks.check(schema, owner, args, converted, block, diags);
    }
  }
}
