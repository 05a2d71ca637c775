package dev.burstgrid.compiler.plan.expr;

import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.LocalDecl;
import dev.burstgrid.compiler.semantic.OutputDecl;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.lang.function.Function;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every expression of a checked grid, lowered: what code generation reads instead of the syntax
 * tree. Steps and resources are keyed by {@code "R.N"} / {@code "T.N"}, locals and outputs by name,
 * arguments and uses entries by their HCL names, all in source order.
 */
public record LoweredGrid(
    Map<String, StepExprs> steps,
    Map<String, Map<String, PlanExpr>> resources,
    Map<String, PlanExpr> locals,
    Map<String, PlanExpr> outputs) {

  /** A step's expressions; {@code count} and {@code forEach} are null when absent. */
  public record StepExprs(
      PlanExpr count,
      PlanExpr forEach,
      Map<String, PlanExpr> arguments,
      Map<String, PlanExpr> uses) {}

  /** Lowers every expression of {@code model}, folding constants with {@code functions}. */
  public static LoweredGrid of(GridModel model, Map<String, Function> functions) {
    Evaluator evaluator = new Evaluator(functions);
    Map<String, StepExprs> steps = new LinkedHashMap<>();
    for (Map.Entry<String, StepDecl> e : model.steps().entrySet()) {
      StepDecl s = e.getValue();
      Map<String, PlanExpr> uses = new LinkedHashMap<>();
      s.uses().forEach((name, u) -> uses.put(name, ExprLowering.lower(u.expr(), evaluator)));
      steps.put(
          e.getKey(),
          new StepExprs(
              attribute(s.count(), evaluator),
              attribute(s.forEach(), evaluator),
              attributes(s.arguments(), evaluator),
              Collections.unmodifiableMap(uses)));
    }
    Map<String, Map<String, PlanExpr>> resources = new LinkedHashMap<>();
    for (Map.Entry<String, ResourceDecl> e : model.resources().entrySet()) {
      resources.put(e.getKey(), attributes(e.getValue().arguments(), evaluator));
    }
    Map<String, PlanExpr> locals = new LinkedHashMap<>();
    for (Map.Entry<String, LocalDecl> e : model.locals().entrySet()) {
      locals.put(e.getKey(), ExprLowering.lower(e.getValue().attribute().expr(), evaluator));
    }
    Map<String, PlanExpr> outputs = new LinkedHashMap<>();
    for (Map.Entry<String, OutputDecl> e : model.outputs().entrySet()) {
      outputs.put(e.getKey(), ExprLowering.lower(e.getValue().value(), evaluator));
    }
    return new LoweredGrid(
        Collections.unmodifiableMap(steps),
        Collections.unmodifiableMap(resources),
        Collections.unmodifiableMap(locals),
        Collections.unmodifiableMap(outputs));
  }

  private static PlanExpr attribute(Attribute a, Evaluator evaluator) {
    return a == null ? null : ExprLowering.lower(a.expr(), evaluator);
  }

  private static Map<String, PlanExpr> attributes(
      Map<String, Attribute> attrs, Evaluator evaluator) {
    Map<String, PlanExpr> out = new LinkedHashMap<>();
    attrs.forEach((name, a) -> out.put(name, ExprLowering.lower(a.expr(), evaluator)));
    return Collections.unmodifiableMap(out);
  }
}
