package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.burstgrid.compiler.codegen.expr.ExprEnv;
import dev.burstgrid.compiler.codegen.expr.ExprWriter;
import dev.burstgrid.compiler.codegen.expr.JavaLiterals;
import dev.burstgrid.compiler.plan.GridPlan;
import dev.burstgrid.compiler.plan.ScenarioPlan;
import dev.burstgrid.compiler.plan.ThresholdPlan;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.lang.GridInputs;
import dev.burstgrid.lang.load.GridLoad;
import dev.burstgrid.lang.load.GridScenarios;
import dev.burstgrid.lang.load.MetricValues;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.load.Iteration;
import dev.burstgrid.runtime.load.IterationContext;
import dev.burstgrid.runtime.load.Scenario;
import dev.burstgrid.runtime.load.Thresholds;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The members that run a generated grid under load: {@code load(variables)} returning its
 * iteration, scenarios and thresholds ({@link GridLoad}); {@code iterate}, one iteration of the
 * DAG with fresh step state; the scenarios built from the grid's {@code scenario} blocks; and the
 * thresholds evaluated over the run's metrics.
 */
final class LoadWriter {
  private static final ParameterizedTypeName VARIABLES =
      ParameterizedTypeName.get(Map.class, String.class, Value.class);

  private final GridPlan plan;
  private final ClassName self;
  private final GridMembers members;
  private final Conversions conversions;
  private final ExprWriter exprs;
  private final ValidationWriter validation;

  LoadWriter(GridPlan plan, ClassName self, GridMembers members, Conversions conversions, ExprWriter exprs,
      ValidationWriter validation) {
    this.validation = validation;
    this.plan = plan;
    this.self = self;
    this.members = members;
    this.conversions = conversions;
    this.exprs = exprs;
  }

  void addTo(TypeSpec.Builder type, boolean computesLocals) {
    type.addMethod(load(computesLocals));
    type.addMethod(iterate(computesLocals));
    if (!plan.scenarios().isEmpty()) {
      type.addMethod(scenarios());
    }
    if (!plan.thresholds().isEmpty()) {
      type.addMethod(thresholds());
    }
  }

  // public static GridLoad load(Map<String, Value> variables) {
  //   Map<String, Value> resolved = GridInputs.resolve(VARIABLES, variables);
  //   Iteration iteration = ctx -> iterate(resolved, ctx);
  //   XGrid config = new XGrid(resolved, null);           (only with scenario blocks, whose options
  //   return new GridLoad(iteration, config.scenarios(iteration), <thresholds>);  may read locals)
  // }
  private MethodSpec load(boolean computesLocals) {
    boolean aborts = plan.thresholds().stream().anyMatch(ThresholdPlan::abortOnFail);
    MethodSpec.Builder m = MethodSpec.methodBuilder("load")
        .addJavadoc("The grid under load with these variable values: one iteration of its DAG, its scenarios and its\n"
            + "thresholds.\n\n@throws IllegalArgumentException when a variable or a scenario option does not fit\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(GridLoad.class)
        .addParameter(VARIABLES, "variables")
        .addStatement("$T resolved = $T.resolve(VARIABLES, variables)", VARIABLES, GridInputs.class);
    if (validation.any()) {
      m.addStatement(validation.call("resolved"));
    }
    m.addStatement(plan.hasPartialScenarios() ? "$T iteration = ctx -> iterate(resolved, null, ctx)"
        : "$T iteration = ctx -> iterate(resolved, ctx)", Iteration.class);
    CodeBlock thresholds = plan.thresholds().isEmpty() ? CodeBlock.of("$T.NONE", Thresholds.class)
        : CodeBlock.of("$T.thresholds($L, $T::evaluateThresholds)", MetricValues.class, aborts, self);
    if (plan.scenarios().isEmpty()) {
      // Nothing to evaluate before the run: a grid without scenarios computes its locals only when it runs.
      return m.addStatement("return new $T(iteration, $T.of(), $L)", GridLoad.class, List.class, thresholds).build();
    }
    m.addStatement("$T config = new $T(resolved, null)", self, self);
    if (computesLocals) {
      m.addStatement("config.computeLocals()");
    }
    return m.addStatement("return new $T(iteration, config.scenarios(iteration), $L)", GridLoad.class, thresholds)
        .build();
  }

  // private static RunResult iterate(Map<String, Value> variables, IterationContext ctx) {
  //   XGrid grid = new XGrid(variables, ctx);
  //   try (GridRun run = GridRun.start(ctx.binding())) { grid.schedule(run); return run.await(); }
  // }
  private MethodSpec iterate(boolean computesLocals) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("iterate")
        .addJavadoc("One iteration: fresh step state, the load run's threads and longer-lived resources.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(RunResult.class)
        .addParameter(VARIABLES, "variables");
    if (plan.hasPartialScenarios()) {
      m.addParameter(ParameterizedTypeName.get(Set.class, String.class), GridMembers.SCHEDULED);
    }
    m.addParameter(IterationContext.class, "ctx")
        .addStatement("$T grid = new $T(variables, ctx)", self, self);
    if (plan.hasPartialScenarios()) {
      m.addStatement("grid.$N = $N", GridMembers.SCHEDULED, GridMembers.SCHEDULED);
    }
    if (computesLocals) {
      m.addStatement("grid.computeLocals()");
    }
    return m.beginControlFlow("try ($T run = $T.start(ctx.binding()))", GridRun.class, GridRun.class)
        .addStatement("grid.schedule(run)")
        .addStatement("return run.await()")
        .endControlFlow()
        .build();
  }

  // private List<Scenario> scenarios(Iteration iteration) {
  //   return List.of(GridScenarios.scenario("browse", "constant-vus", "grid.hcl:3:1",
  //       Map.ofEntries(Map.entry("vus", <expr>), …), iteration));
  // }
  private MethodSpec scenarios() {
    FieldScope scope = new FieldScope(members, conversions, null, null, null);
    List<CodeBlock> scenarios = new ArrayList<>();
    List<CodeBlock> subsets = new ArrayList<>();
    LocalNames names = members.localNames();
    for (ScenarioPlan s : plan.scenarios()) {
      List<CodeBlock> options = new ArrayList<>();
      for (Map.Entry<String, PlanExpr> o : s.options().entrySet()) {
        options.add(CodeBlock.of("$T.entry($L, $L)", Map.class, JavaLiterals.string(o.getKey()),
            exprs.write(o.getValue(), scope)));
      }
      CodeBlock iteration = CodeBlock.of("iteration");
      if (s.runs() != null) {
        String runs = names.newName(Identifiers.camel("scheduled_by_" + s.name()));
        subsets.add(CodeBlock.of("$T<$T> $N = $T.of($L)", Set.class, String.class, runs, Set.class,
            CodeBlock.join(s.runs().stream().map(JavaLiterals::string).toList(), ", ")));
        iteration = CodeBlock.of("ctx -> iterate(variables, $N, ctx)", runs);
      }
      scenarios.add(CodeBlock.of("$T.scenario($L, $L, $L, $T.ofEntries($L), $L)", GridScenarios.class,
          JavaLiterals.string(s.name()), JavaLiterals.string(s.executor()), JavaLiterals.string(s.location()),
          Map.class, CodeBlock.join(options, ", "), iteration));
    }
    MethodSpec.Builder m = MethodSpec.methodBuilder("scenarios")
        .addModifiers(Modifier.PRIVATE)
        .returns(ParameterizedTypeName.get(List.class, Scenario.class))
        .addParameter(Iteration.class, "iteration");
    subsets.forEach(m::addStatement);
    return m.addStatement("return $T.of($L)", List.class, CodeBlock.join(scenarios, ",\n")).build();
  }

  // private static List<ThresholdResult> evaluateThresholds(MetricsSnapshot snapshot) {
  //   Value metric = MetricValues.of(snapshot, "iterations", "count", …);  (what the thresholds read: 0 if never recorded)
  //   return List.of(MetricValues.result("p95", "grid.hcl:30:1", "metric.… < 200", false, snapshot, () -> <condition>,
  //       "…", "p95"));
  // }
  private MethodSpec thresholds() {
    ExprEnv metrics = new MetricScope();
    List<CodeBlock> results = new ArrayList<>();
    List<CodeBlock> allReads = new ArrayList<>();
    for (ThresholdPlan t : plan.thresholds()) {
      List<CodeBlock> reads = new ArrayList<>();
      for (String r : t.reads()) {
        reads.add(JavaLiterals.string(r));
      }
      allReads.addAll(reads);
      results.add(CodeBlock.of("$T.result($L, $L, $L, $L, snapshot, () -> $L$L)", MetricValues.class,
          JavaLiterals.string(t.name()), JavaLiterals.string(t.location()), JavaLiterals.string(t.source()),
          t.abortOnFail(),
          exprs.write(t.condition(), metrics), reads.isEmpty() ? "" : CodeBlock.of(", $L", CodeBlock.join(reads, ", "))));
    }
    return MethodSpec.methodBuilder("evaluateThresholds")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(List.class, ThresholdResult.class))
        .addParameter(MetricsSnapshot.class, "snapshot")
        .addStatement("$T metric = $T.of(snapshot$L)", Value.class, MetricValues.class,
            allReads.isEmpty() ? "" : CodeBlock.of(", $L", CodeBlock.join(allReads, ", ")))
        .addStatement("return $T.of($L)", List.class, CodeBlock.join(results, ",\n"))
        .build();
  }

  /** Where a threshold's condition is evaluated: {@code metric} is the only root. */
  private static final class MetricScope implements ExprEnv {
    @Override
    public CodeBlock var(String name) {
      if (!name.equals("metric")) {
        throw new IllegalStateException("a threshold reads only metric, not " + name);
      }
      return CodeBlock.of("metric");
    }

    @Override
    public CodeBlock step(String stepKey) {
      throw new IllegalStateException("a threshold reads no step");
    }

    @Override
    public CodeBlock resource(String key) {
      throw new IllegalStateException("a threshold reads no resource");
    }

    @Override
    public CodeBlock local(String name) {
      throw new IllegalStateException("a threshold reads no local");
    }

    @Override
    public CodeBlock count() {
      throw new IllegalStateException("a threshold has no count");
    }

    @Override
    public CodeBlock each() {
      throw new IllegalStateException("a threshold has no each");
    }
  }
}
