package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.eval.Evaluator;
import dev.burstgrid.compiler.eval.TypeExprs;
import dev.burstgrid.compiler.plan.expr.ExprLowering;
import dev.burstgrid.compiler.plan.expr.FreeKeys;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.compiler.semantic.Analysis;
import dev.burstgrid.compiler.semantic.CheckDecl;
import dev.burstgrid.compiler.semantic.ScenarioDecl;
import dev.burstgrid.compiler.semantic.ThresholdDecl;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.LocalDecl;
import dev.burstgrid.compiler.semantic.OutputDecl;
import dev.burstgrid.compiler.semantic.Ref;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.StepControlsDecl;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.semantic.Target;
import dev.burstgrid.compiler.semantic.VariableDecl;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a checked {@link Plan} into the {@link GridPlan} code generation reads. Variables are
 * run-time inputs here: every expression is lowered once with them unknown, locals that are
 * known anyway are substituted where they are read, and a group whose size needs a variable
 * expands at run time.
 */
final class GridPlanBuilder {
  private final Plan plan;
  private final GridModel model;
  private final Analysis analysis;
  private final Evaluator evaluator = new Evaluator(Functions.standard());
  private final Map<String, Value> constantLocals = new HashMap<>();
  private final Map<String, LocalPlan> locals = new LinkedHashMap<>();
  private final Map<String, StepShape> shapes = new HashMap<>();
  private final Map<String, List<String>> thresholdReads;

  private GridPlanBuilder(Plan plan, Map<String, List<String>> thresholdReads) {
    this.plan = plan;
    this.thresholdReads = thresholdReads;
    this.analysis = plan.analysis();
    this.model = analysis.model();
  }

  /** @param thresholdReads the metric fields each threshold reads, by name, as the checks found them */
  static GridPlan build(Plan plan, Map<String, List<String>> thresholdReads) {
    return new GridPlanBuilder(plan, thresholdReads).build();
  }

  private GridPlan build() {
    List<VariablePlan> variables = new ArrayList<>();
    for (VariableDecl v : model.variables().values()) {
      variables.add(variable(v));
    }
    for (String address : plan.order()) {
      if (address.startsWith("local.")) {
        local(model.locals().get(address.substring("local.".length())));
      }
    }
    for (PlanStep s : plan.steps().values()) {
      shapes.put(s.decl().key(), shape(s));
    }
    Map<String, StepPlan> steps = new LinkedHashMap<>();
    for (PlanStep s : plan.steps().values()) {
      steps.put(s.decl().key(), step(s));
    }
    Map<String, ResourcePlan> resources = new LinkedHashMap<>();
    for (ResourceDecl r : model.resources().values()) {
      resources.put(r.assetType() + "." + r.name(), resource(r));
    }
    List<OutputPlan> outputs = new ArrayList<>();
    for (OutputDecl o : model.outputs().values()) {
      outputs.add(new OutputPlan(o.name(), lower(o.value()), o.sensitive()));
    }
    List<ScenarioPlan> scenarios = new ArrayList<>();
    for (ScenarioDecl s : model.scenarios().values()) {
      Map<String, PlanExpr> options = new LinkedHashMap<>();
      s.options().forEach((name, a) -> options.put(name, lower(a.expr())));
      java.util.Set<String> runs = s.steps().isEmpty() ? null
          : ScenarioSubset.of(s.steps().stream().map(ScenarioDecl.StepSelector::key).toList(), steps, resources, locals);
      scenarios.add(new ScenarioPlan(s.name(), s.executor(), options, runs, s.block().range().gridLocation()));
    }
    List<ThresholdPlan> thresholds = new ArrayList<>();
    for (ThresholdDecl t : model.thresholds().values()) {
      PlanExpr condition = ExprLowering.lower(t.condition().expr(), evaluator,
          new ExprLowering.Options(true, java.util.Set.of("metric"), constantLocals));
      List<String> reads = thresholdReads.get(t.name());
      thresholds.add(new ThresholdPlan(t.name(), t.block().range().gridLocation(), t.condition().expr().range().text(),
          condition, t.abortOnFail(), reads == null ? List.of() : reads));
    }
    List<PlanNode> order = new ArrayList<>();
    for (String address : plan.order()) {
      PlanNode node = address.startsWith("local.") ? locals.get(address.substring("local.".length()))
          : address.startsWith("resource.") ? resources.get(address.substring("resource.".length()))
          : address.startsWith("step.") ? steps.get(address.substring("step.".length())) : null;
      if (node != null) {
        order.add(node);
      }
    }
    return new GridPlan(variables, List.copyOf(locals.values()), List.copyOf(resources.values()),
        List.copyOf(steps.values()), outputs, scenarios, thresholds, order);
  }

  private PlanExpr lower(Expr e) {
    return ExprLowering.lower(e, evaluator, ExprLowering.Options.withLocals(constantLocals));
  }

  private VariablePlan variable(VariableDecl v) {
    Type type = v.typeExpr() == null ? null : TypeExprs.parse(v.typeExpr(), new Diagnostics());
    Value def = null;
    if (v.defaultExpr() != null && lower(v.defaultExpr()) instanceof PlanExpr.Const c) {
      def = c.value();
    }
    List<ValidationPlan> validations = new ArrayList<>();
    for (dev.burstgrid.compiler.semantic.VariableValidationDecl rule : v.validations()) {
      validations.add(new ValidationPlan(lower(rule.condition()), message(v, rule),
          rule.condition().range().gridLocation(), rule.block().headerRange().gridLocation()));
    }
    return new VariablePlan(v.name(), type == null ? Type.ANY : type, def, v.sensitive(), v.description(),
        validations);
  }

  /** A rule's error_message; one that reads a sensitive variable is not shown. */
  private PlanExpr message(VariableDecl v, dev.burstgrid.compiler.semantic.VariableValidationDecl rule) {
    PlanExpr message = lower(rule.errorMessage());
    if (v.sensitive() && !(message instanceof PlanExpr.Const)) {
      return new PlanExpr.Const(Value.string("The error message refers to the sensitive variable \"" + v.name()
          + "\", so it is not shown."), rule.errorMessage().range());
    }
    return message;
  }

  /** A local known before the run joins the substituted constants; any other gets a plan. */
  private void local(LocalDecl l) {
    PlanExpr value = lower(l.attribute().expr());
    if (value instanceof PlanExpr.Const c) {
      constantLocals.put(l.name(), c.value());
      return;
    }
    Deps deps = deps(analysis.localRefs().get(l));
    boolean readsSteps = !deps.steps.isEmpty() || !deps.locals.isEmpty();
    locals.put(l.name(), new LocalPlan(l.name(), l.attribute().range().gridLocation(), value, readsSteps,
        List.copyOf(deps.steps), List.copyOf(deps.locals)));
  }

  private StepShape shape(PlanStep s) {
    StepDecl d = s.decl();
    Expansion e = s.expansion();
    if (d.count() != null) {
      PlanExpr count = lower(d.count().expr());
      return count instanceof PlanExpr.Const && e instanceof Expansion.Counted c
          ? new StepShape.Counted(c.count()) : new StepShape.RunTimeCount(count);
    }
    if (d.forEach() != null) {
      PlanExpr forEach = lower(d.forEach().expr());
      return forEach instanceof PlanExpr.Const && e instanceof Expansion.Keyed k
          ? new StepShape.Keyed(k.keys(), k.values()) : new StepShape.RunTimeForEach(forEach);
    }
    return new StepShape.Single();
  }

  private StepPlan step(PlanStep s) {
    StepDecl d = s.decl();
    StepShape own = shapes.get(d.key());
    List<InstanceDep> deps = new ArrayList<>();
    for (StepDep dep : s.deps()) {
      if (dep.target().startsWith("step.")) {
        instanceDeps(dep, own, deps);
      }
    }
    RunnerSchema schema = d.schema();
    Map<String, String> uses = new LinkedHashMap<>();
    Map<String, ResourceDecl> given = analysis.uses().getOrDefault(d, Map.of());
    for (RunnerSchema.UsesSlot slot : schema.slots()) {
      ResourceDecl r = given.get(slot.name());
      if (r != null) {
        uses.put(slot.name(), r.assetType() + "." + r.name());
      }
    }
    return new StepPlan(d.key(), d.runnerType(), d.name(), d.block().range().gridLocation(), schema, own, deps,
        List.copyOf(deps(analysis.stepRefs().get(d)).locals), uses, arguments(schema.input(), d.arguments()),
        checks(d), controls(d.controls()));
  }

  private StepControlsPlan controls(StepControlsDecl c) {
    StepControlsDecl.RetryDecl r = c.retry();
    return new StepControlsPlan(c.condition() == null ? null : lower(c.condition().expr()), c.timeout(),
        r == null ? null : new StepControlsPlan.RetryPlan(r.attempts(), r.delay(), r.exponential(), r.maxDelay(),
            r.jitter(), r.on() == null ? null : lower(r.on().expr())),
        c.delayBefore(), c.delayAfter(), c.continueOnFailure(), c.concurrency(), c.cache(), c.cacheDir(), race(c));
  }

  private List<StepControlsPlan.RaceEntry> race(StepControlsDecl c) {
    List<StepControlsPlan.RaceEntry> race = new ArrayList<>();
    for (dev.burstgrid.compiler.semantic.DependsOn d : c.race()) {
      String address = model.steps().get(d.stepKey()).address();
      if (d.index() != null) {
        address += shapes.get(d.stepKey()) instanceof StepShape.Keyed k
            ? "[\"" + k.keys().get(d.index()) + "\"]" : "[" + d.index() + "]";
      }
      race.add(new StepControlsPlan.RaceEntry(d.stepKey(), d.index(), address));
    }
    return List.copyOf(race);
  }

  private List<CheckPlan> checks(StepDecl d) {
    List<CheckPlan> out = new ArrayList<>();
    for (CheckDecl c : d.checks()) {
      out.add(new CheckPlan(c.name(), c.block().range().gridLocation(), lower(c.condition().expr()),
          c.errorMessage() == null ? null : lower(c.errorMessage().expr())));
    }
    return out;
  }

  /** Resolves one dependency to the instances each instance of the step waits for. */
  private void instanceDeps(StepDep dep, StepShape own, List<InstanceDep> out) {
    String target = dep.target().substring("step.".length());
    StepShape shape = shapes.get(target);
    if (shape instanceof StepShape.Single) {
      out.add(new InstanceDep.Whole(target));
      return;
    }
    List<InstanceDep> exact = new ArrayList<>();
    boolean whole = dep.needsAll() || !dep.fixed().isEmpty() && shape instanceof StepShape.RunTimeForEach;
    for (int i = 0; i < dep.fixed().size() && !whole; i++) {
      exact.add(new InstanceDep.Fixed(target, dep.fixed().get(i)));
    }
    for (StepDep.Indexed x : dep.indexed()) {
      if (whole) {
        break;
      }
      if (own instanceof StepShape.Single) {
        whole = true;
      } else if (x.table() != null && own.isStaticGroup() && shape.isStaticGroup()) {
        exact.add(new InstanceDep.ByTable(target, x.table()));
      } else {
        PlanExpr index = lower(x.index());
        whole = !shape.isRunTime() || !readsOnlyInstance(index);
        exact.add(new InstanceDep.Selected(target, index));
      }
    }
    if (whole) {
      out.add(new InstanceDep.Whole(target));
    } else {
      out.addAll(exact);
    }
  }

  /** Whether an index reads nothing but {@code count}, {@code each}, variables and constants. */
  private static boolean readsOnlyInstance(PlanExpr e) {
    for (String root : FreeKeys.of(e)) {
      if (!root.equals("count") && !root.equals("each") && !root.startsWith("var:")) {
        return false;
      }
    }
    return true;
  }

  private ResourcePlan resource(ResourceDecl r) {
    String key = r.assetType() + "." + r.name();
    int consumers = 0;
    for (StepDecl s : model.steps().values()) {
      if (analysis.uses().getOrDefault(s, Map.of()).containsValue(r)) {
        consumers += shapes.get(s.key()).consumers();
      }
    }
    Deps deps = deps(analysis.resourceRefs().get(r));
    return new ResourcePlan(key, r.assetType(), r.name(), r.block().range().gridLocation(), r.scope(), r.schema(),
        arguments(r.schema().config(), r.arguments()), consumers, List.copyOf(deps.steps), List.copyOf(deps.locals));
  }

  private List<ArgumentPlan> arguments(RecordSchema schema, Map<String, Attribute> given) {
    List<ArgumentPlan> out = new ArrayList<>();
    for (FieldSchema f : schema.fields()) {
      Attribute a = given.get(f.name());
      out.add(a == null ? new ArgumentPlan(f, null, null)
          : new ArgumentPlan(f, lower(a.expr()), a.expr().range().gridLocation()));
    }
    return out;
  }

  /** The steps (by key) and the step-reading locals a declaration's references wait for. */
  private record Deps(Set<String> steps, Set<String> locals) {}

  private Deps deps(List<Ref> refs) {
    Deps d = new Deps(new LinkedHashSet<>(), new LinkedHashSet<>());
    for (Ref ref : refs == null ? List.<Ref>of() : refs) {
      if (ref.target() instanceof Target.StepRef sr) {
        d.steps.add(sr.step().key());
      } else if (ref.target() instanceof Target.LocalRef lr) {
        LocalPlan l = locals.get(lr.local().name());
        if (l != null && l.readsSteps()) {
          d.locals.add(l.name());
        }
      }
    }
    return d;
  }
}
