package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.burstgrid.compiler.codegen.expr.ExprWriter;
import dev.burstgrid.compiler.codegen.expr.JavaComments;
import dev.burstgrid.compiler.codegen.expr.JavaLiterals;
import dev.burstgrid.compiler.plan.ArgumentPlan;
import dev.burstgrid.compiler.plan.CheckPlan;
import dev.burstgrid.compiler.plan.InstanceDep;
import dev.burstgrid.compiler.plan.StepPlan;
import dev.burstgrid.compiler.plan.StepShape;
import dev.burstgrid.compiler.plan.expr.PlanExpr;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.lang.CountKeys;
import dev.burstgrid.lang.RetryOn;
import dev.burstgrid.lang.RunSecrets;
import dev.burstgrid.lang.cache.StepCache;
import dev.burstgrid.lang.value.Value;
import dev.burstgrid.compiler.plan.StepControlsPlan;
import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.Retry;
import dev.burstgrid.runtime.StepControls;
import dev.burstgrid.runtime.spi.RunContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/** Writes the code that schedules one step: a single instance, a loop, or a dynamic group. */
final class StepWriter {
  private static final ClassName GRID_VALUES = Conversions.GRID_VALUES;

  private final GridMembers members;
  private final Conversions conversions;
  private final ExprWriter exprs;

  StepWriter(GridMembers members, Conversions conversions, ExprWriter exprs) {
    this.members = members;
    this.conversions = conversions;
    this.exprs = exprs;
  }

  /** The statements scheduling {@code step}, assigning its field. */
  CodeBlock write(StepPlan step) {
    StepShape shape = step.shape();
    CodeBlock schedule = shape instanceof StepShape.Single ? single(step)
        : shape.isStaticGroup() ? loop(step, shape) : dynamic(step, shape);
    return step.controls().race().isEmpty() ? schedule : CodeBlock.builder().add(race(step)).add(schedule).build();
  }

  // racePrintPick = run.race(List.of(httpRequestFast, httpRequestSlow.get(2)),
  //     List.of("step.http_request.fast", "step.http_request.slow[2]"));
  /** The race of a step with {@code depends_on_any}, which its instances wait for and read as {@code race}. */
  private CodeBlock race(StepPlan step) {
    List<CodeBlock> futures = new ArrayList<>();
    List<CodeBlock> addresses = new ArrayList<>();
    for (StepControlsPlan.RaceEntry e : step.controls().race()) {
      String field = members.stepFields.get(e.key());
      futures.add(e.index() == null ? CodeBlock.of("$N", field) : CodeBlock.of("$N.get($L)", field, e.index()));
      addresses.add(JavaLiterals.string(e.address()));
    }
    return CodeBlock.builder().addStatement("$N = run.race($T.of($L),\n$>$>$T.of($L))$<$<",
        members.raceFields.get(step.key()), List.class, CodeBlock.join(futures, ", "), List.class,
        CodeBlock.join(addresses, ", ")).build();
  }

  // RaceWinner won = racePrintPick.join();
  // Value race = GridValues.raceValue(won, won.index() == 0 ? valueOfOutput((PrintRunner.Output) won.output())
  //     : valueOfOutput1((CmdRunner.Output) won.output()));
  /** Declares {@code race} at the start of an instance method of a step with {@code depends_on_any}. */
  private MethodSpec.Builder withRace(StepPlan step, MethodSpec.Builder m) {
    String field = members.raceFields.get(step.key());
    if (field == null) {
      return m;
    }
    List<StepControlsPlan.RaceEntry> race = step.controls().race();
    CodeBlock output = null;
    for (int i = race.size() - 1; i >= 0; i--) {
      ClassName type = members.outputClass(race.get(i).key());
      CodeBlock value = CodeBlock.of("$N(($T) $N.output())", conversions.recordToValue(members.step(race.get(i).key())
          .schema().output().recordClass()), type, GridMembers.RACE_WINNER);
      output = output == null || output.equals(value) ? value // one conversion serves contenders of one runner
          : CodeBlock.of("$N.index() == $L ? $L\n: $L", GridMembers.RACE_WINNER, i, value, output);
    }
    return m.addStatement("$T $N = $N.join()", dev.burstgrid.runtime.RaceWinner.class, GridMembers.RACE_WINNER, field)
        .addStatement("$T $N = $T.raceValue($N,\n$>$>$L)$<$<", Value.class, GridMembers.RACE, GRID_VALUES,
            GridMembers.RACE_WINNER, output);
  }

  // httpRequestFirst = run.step(HTTP_REQUEST_FIRST, List.of(a), List.of(httpClientShared),
  //     ctx -> runHttpRequestFirst(ctx));
  private CodeBlock single(StepPlan step) {
    String key = step.key();
    return CodeBlock.builder()
        .addStatement("$N = run.step($N, $L$L$L,\n$>$>$L)$<$<", members.stepFields.get(key),
            members.stepInfos.get(key), controlsArgument(step, controls(step)), deps(step, null, true),
            usesFor(step, controls(step) != null), guarded(step, call(step, ""), ""))
        .build();
  }

  // StepControls.builder().timeout(Duration.ofMillis(5000)).retry(new Retry(3, …)).build()
  /** The step's controls, or null when it has none to schedule by. */
  private static CodeBlock controls(StepPlan step) {
    StepControlsPlan c = step.controls();
    if (!c.schedulesDifferently()) {
      return null;
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", StepControls.class);
    if (c.timeout() != null) {
      code.add("$Z.timeout($L)", duration(c.timeout()));
    }
    StepControlsPlan.RetryPlan r = c.retry();
    if (r != null) {
      code.add("$Z.retry(new $T($L, $L, $L, $L, $L))", Retry.class, r.attempts(), duration(r.delay()), r.exponential(),
          duration(r.maxDelay()), r.jitter());
    }
    if (c.delayBefore() != null) {
      code.add("$Z.delayBefore($L)", duration(c.delayBefore()));
    }
    if (c.delayAfter() != null) {
      code.add("$Z.delayAfter($L)", duration(c.delayAfter()));
    }
    if (c.continueOnFailure()) {
      code.add("$Z.continueOnFailure(true)");
    }
    if (c.concurrency() != null) {
      code.add("$Z.concurrency($L)", c.concurrency());
    }
    return code.add("$Z.build()").build();
  }

  private static CodeBlock duration(java.time.Duration d) {
    return CodeBlock.of("$T.ofMillis($LL)", java.time.Duration.class, d.toMillis());
  }

  /** {@code controls, } before the deps of {@code run.step}, or nothing. */
  private static CodeBlock controlsArgument(StepPlan step, CodeBlock controls) {
    return controls == null ? CodeBlock.of("") : CodeBlock.of("$L, ", controls);
  }

  /** {@code , List.of(handles)}, or {@code , List.of()} when the controls overload needs it. */
  private CodeBlock usesFor(StepPlan step, boolean controlled) {
    return controlled && step.uses().isEmpty() ? CodeBlock.of(", $T.of()", List.class) : usesArgument(step);
  }

  // List<CompletableFuture<?>> deps = List.of(httpRequestFirst);
  // List<CompletableFuture<HttpRequestRunner.Output>> group = new ArrayList<>(10);
  // for (int i = 0; i < 10; i++) {
  //   int countIndex = i;
  //   group.add(run.step(HTTP_REQUEST_FAN.instance(i), deps, List.of(…), ctx -> runHttpRequestFan(ctx, countIndex)));
  // }
  // httpRequestFan = group;
  private CodeBlock loop(StepPlan step, StepShape shape) {
    String key = step.key();
    boolean keyed = shape instanceof StepShape.Keyed;
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T<$T<?>> deps = $L", List.class, CompletableFuture.class, deps(step, null, true));
    CodeBlock controls = declareControls(step, code);
    code.addStatement("$T<$T<$T>> group = new $T<>($L)", List.class, CompletableFuture.class,
        members.outputClass(key), ArrayList.class, shape.size());
    code.beginControlFlow("for (int i = 0; i < $L; i++)", shape.size());
    if (keyed) {
      code.addStatement("String eachKey = $N.get(i)", members.keyConstants.get(key));
      code.addStatement("$T eachValue = $N.get(i)", Value.class, members.valueConstants.get(key));
    } else {
      code.addStatement("int countIndex = i");
    }
    CodeBlock instanceDeps = deps(step, "i", false, keyed
        ? new FieldScope(members, conversions, null, "eachKey", CodeBlock.of("eachValue"))
        : new FieldScope(members, conversions, "countIndex", null, null));
    code.addStatement("group.add(run.step($N.instance($L), $L$L$L,\n$>$>$L))$<$<", members.stepInfos.get(key),
        keyed ? "eachKey" : "i", controlsArgument(step, controls), instanceDeps == null ? CodeBlock.of("deps")
            : CodeBlock.of("$T.deps(deps, $L)", GRID_VALUES, instanceDeps),
        usesFor(step, controls != null), guarded(step, call(step, keyed ? ", eachKey, eachValue" : ", countIndex"),
            keyed ? ", eachKey, eachValue" : ", countIndex"));
    code.endControlFlow();
    code.addStatement("$N = group", members.stepFields.get(key));
    return code.build();
  }

  // httpRequestDyn = run.dynamicGroup(HTTP_REQUEST_DYN, deps, List.of(…),
  //     ctx -> CountKeys.of(GridValues.toLong(<count>)),
  //     (index, countIndex) -> run.step(HTTP_REQUEST_DYN.instance(index), deps, List.of(…),
  //         ctx -> runHttpRequestDyn(ctx, countIndex)));
  private CodeBlock dynamic(StepPlan step, StepShape shape) {
    String key = step.key();
    String info = members.stepInfos.get(key);
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T<$T<?>> deps = $L", List.class, CompletableFuture.class, deps(step, null, true));
    CodeBlock controls = declareControls(step, code);
    if (shape instanceof StepShape.RunTimeCount count) {
      CodeBlock instanceDeps = deps(step, null, false, new FieldScope(members, conversions, "countIndex", null, null));
      code.addStatement("$N = run.dynamicGroup($N, deps, $L,\n$>$>ctx -> $T.of($T.toLong($L)),\n"
              + "(index, countIndex) -> run.step($N.instance(index), $L$L, $L,\n$L))$<$<",
          members.stepFields.get(key), info, usesList(step), CountKeys.class, GRID_VALUES,
          exprs.write(count.count(), new FieldScope(members, conversions, null, null, null)),
          info, controlsArgument(step, controls), withInstanceDeps(instanceDeps), usesList(step),
          guarded(step, call(step, ", countIndex"), ", countIndex"));
    } else {
      PlanExpr forEach = ((StepShape.RunTimeForEach) shape).forEach();
      CodeBlock eachArgs = CodeBlock.of(", eachKey, $T.forEachValue(forEach[0], eachKey)", GRID_VALUES);
      code.addStatement("$T[] forEach = new $T[1]", Value.class, Value.class);
      CodeBlock instanceDeps = deps(step, null, false, new FieldScope(members, conversions, null, "eachKey",
          CodeBlock.of("$T.forEachValue(forEach[0], eachKey)", GRID_VALUES)));
      code.addStatement("$N = run.dynamicGroup($N, deps, $L,\n$>$>ctx -> $T.forEachKeys(forEach[0] = $L),\n"
              + "(index, eachKey) -> run.step($N.instance(eachKey), $L$L, $L,\n$L))$<$<",
          members.stepFields.get(key), info, usesList(step), GRID_VALUES,
          exprs.write(forEach, new FieldScope(members, conversions, null, null, null)),
          info, controlsArgument(step, controls), withInstanceDeps(instanceDeps), usesList(step),
          guarded(step, CodeBlock.of("$N(ctx$L)", members.bodyMethods.get(key), eachArgs),
              eachArgs.toString()));
    }
    return code.build();
  }

  // StepControls controls = StepControls.builder()….build();
  /** Declares the controls the group's instances share (and so its concurrency limit); null when none. */
  private static CodeBlock declareControls(StepPlan step, CodeBlock.Builder code) {
    CodeBlock controls = controls(step);
    if (controls == null) {
      return null;
    }
    code.addStatement("$T controls = $L", StepControls.class, controls);
    return CodeBlock.of("controls");
  }

  /** {@code deps}, or {@code GridValues.deps(deps, <the instance's own>)}. */
  private static CodeBlock withInstanceDeps(CodeBlock instanceDeps) {
    return instanceDeps == null ? CodeBlock.of("deps") : CodeBlock.of("$T.deps(deps, $L)", GRID_VALUES, instanceDeps);
  }

  // ctx -> runPrintFan(ctx, countIndex), or, for a step with an if:
  // GridRun.when(ctx -> ifPrintFan(ctx, countIndex), ctx -> runPrintFan(ctx, countIndex))
  /** The body lambda of an instance calling {@code call}; {@code extraArgs} are its count or each. */
  private CodeBlock guarded(StepPlan step, CodeBlock call, String extraArgs) {
    String condition = members.conditionMethods.get(step.key());
    if (condition == null) {
      return CodeBlock.of("ctx -> $L", call);
    }
    return CodeBlock.of("$T.when(ctx -> $N(ctx$L), ctx -> $L)", GridRun.class, condition, extraArgs, call);
  }

  /** {@code runHttpRequestFirst(ctx, countIndex)}: the call of the step's body method. */
  private CodeBlock call(StepPlan step, String extraArgs) {
    return CodeBlock.of("$N(ctx$L)", members.bodyMethods.get(step.key()), extraArgs);
  }

  // private HttpRequestRunner.Output runHttpRequestFan(RunContext ctx, int countIndex) throws Exception {
  //   return HTTP_REQUEST.run(new HttpRequestRunner.Input(…), new HttpRequestRunner.Uses(…), ctx);
  // }
  /** The body of the step's instances, a method of its own (javac attributes lambdas slowly). */
  MethodSpec bodyMethod(StepPlan step) {
    MethodSpec.Builder m =
        withRace(step, instanceMethod(step, members.bodyMethods.get(step.key()), members.outputClass(step.key())));
    FieldScope scope = instanceScope(step);
    StepControlsPlan.RetryPlan retry = step.controls().retry();
    if (retry != null && retry.on() != null) {
      return m.addCode(retriedOn(step, scope, retry.on())).build();
    }
    return m.addCode(body(step, scope)).build();
  }

  // private boolean ifPrintFan(RunContext ctx, int countIndex) throws Exception {
  //   return GridValues.condition(<if>);
  // }
  /** The method testing a step's {@code if} for one instance, with the body method's parameters. */
  MethodSpec conditionMethod(StepPlan step) {
    return withRace(step, instanceMethod(step, members.conditionMethods.get(step.key()), TypeName.BOOLEAN))
        .addStatement("return $T.condition($L)", GRID_VALUES,
            exprs.write(step.controls().condition(), instanceScope(step)))
        .build();
  }

  /** A private method of one instance: {@code (RunContext ctx[, int countIndex | String eachKey, Value eachValue])}. */
  private MethodSpec.Builder instanceMethod(StepPlan step, String name, TypeName returns) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .returns(returns)
        .addParameter(RunContext.class, "ctx")
        .addException(Exception.class);
    if (step.shape().isCounted()) {
      m.addParameter(int.class, "countIndex");
    } else if (step.shape().isKeyed()) {
      m.addParameter(String.class, "eachKey").addParameter(Value.class, "eachValue");
    }
    return m;
  }

  /** What an instance method reads its count or each from. */
  private FieldScope instanceScope(StepPlan step) {
    if (step.shape().isCounted()) {
      return new FieldScope(members, conversions, "countIndex", null, null);
    }
    if (step.shape().isKeyed()) {
      return new FieldScope(members, conversions, null, "eachKey", CodeBlock.of("eachValue"));
    }
    return new FieldScope(members, conversions, null, null, null);
  }

  // return RetryOn.<Output>attempt(() -> { <body> },
  //     (attemptOutput, attemptError) -> GridValues.condition(<on, over self = {output, error}>));
  /** The body as one attempt whose outcome {@code retry { on = … }} judges. */
  private CodeBlock retriedOn(StepPlan step, FieldScope scope, PlanExpr on) {
    CodeBlock self = CodeBlock.of("$T.object(new String[] {\"error\", \"output\"}, $T.of(attemptError),\n"
            + "attemptOutput == null ? $T.nullOf($T.ANY) : $N(attemptOutput))", GRID_VALUES, GRID_VALUES, Value.class,
        dev.burstgrid.lang.value.Type.class, conversions.recordToValue(step.schema().output().recordClass()));
    return CodeBlock.builder()
        .add("return $T.<$T>attempt(() -> {\n$>", RetryOn.class, members.outputClass(step.key()))
        .add(body(step, scope))
        .add("$<}, (attemptOutput, attemptError) -> $T.condition($L));\n", GRID_VALUES,
            exprs.write(on, scope.withSelf(self)))
        .build();
  }

  /**
   * The dependencies of an instance. {@code common}: those every instance shares, as a list
   * expression; otherwise those of the instance being scheduled only ({@code index} is its position,
   * {@code scope} reads its count or each), null when there are none.
   */
  private CodeBlock deps(StepPlan step, String index, boolean common) {
    return deps(step, index, common, null);
  }

  private CodeBlock deps(StepPlan step, String index, boolean common, FieldScope scope) {
    List<CodeBlock> futures = new ArrayList<>();
    boolean hasLists = false;
    for (InstanceDep dep : step.deps()) {
      if (dep.isShared() != common) {
        continue;
      }
      String target = dep.target();
      StepShape shape = members.shape(target);
      String field = members.stepFields.get(target);
      if (dep instanceof InstanceDep.Whole) {
        futures.add(members.allInstances(target));
        hasLists |= shape.isStaticGroup();
      } else if (dep instanceof InstanceDep.Fixed f) {
        futures.add(CodeBlock.of(shape.isStaticGroup() ? "$N.get($L)" : "$N.instance($L)", field, f.index()));
      } else if (dep instanceof InstanceDep.ByTable t) {
        futures.add(CodeBlock.of("$N.get($L)", field, instanceIndex(t.table(), index)));
      } else if (dep instanceof InstanceDep.Selected sel) {
        // GridValues.selectedInstance(httpRequestLogin, () -> Value.number((long) countIndex))
        String select = shape.isCounted() ? "selectedInstance" : "selectedKey";
        futures.add(CodeBlock.of("$T.$L($N, () -> $L)", GRID_VALUES, select, field, exprs.write(sel.index(), scope)));
      }
    }
    if (common) {
      for (String local : step.localDeps()) {
        futures.add(CodeBlock.of("$N", members.localFields.get(local)));
      }
      String race = members.raceFields.get(step.key());
      if (race != null) {
        futures.add(CodeBlock.of("$N", race));
      }
    }
    if (!common) {
      return futures.isEmpty() ? null : CodeBlock.join(futures, ", ");
    }
    if (hasLists) {
      return CodeBlock.of("$T.deps($L)", GRID_VALUES, CodeBlock.join(futures, ", "));
    }
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(futures, ", "));
  }

  /** {@code i} when instance i needs instance i; otherwise a decoded table. */
  private CodeBlock instanceIndex(int[] per, String index) {
    boolean identity = true;
    for (int i = 0; i < per.length && identity; i++) {
      identity = per[i] == i;
    }
    if (identity) {
      return CodeBlock.of("$N", index);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < per.length; i++) {
      sb.append(i == 0 ? "" : ",").append(Integer.toString(per[i], 36));
    }
    String table = members.names.newName("INSTANCE_TABLE", new Object());
    members.tables.put(table, JavaLiterals.parts(sb.toString()));
    return CodeBlock.of("$N[$N]", table, index);
  }

  /** {@code , List.of(handles)} for {@code run.step}; nothing for a step that uses no resource. */
  private CodeBlock usesArgument(StepPlan s) {
    return s.uses().isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", usesList(s));
  }

  // List.of(httpClientShared)
  private CodeBlock usesList(StepPlan s) {
    Set<CodeBlock> handles = new LinkedHashSet<>();
    for (String resource : s.uses().values()) {
      handles.add(CodeBlock.of("$N", members.resourceFields.get(resource)));
    }
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(handles, ", "));
  }

  // HTTP_REQUEST.run(new HttpRequestRunner.Input(<args>), new HttpRequestRunner.Uses(<handles>), ctx)
  // String argument = null;
  // HttpRequestRunner.Input stepInput;
  // try {
  //   argument = "url (grid.hcl:14:5)";
  //   String url = <the url expression>;
  //   stepInput = new HttpRequestRunner.Input(url, HttpRequestRunner.Input.DEFAULTS.method(), …);
  // } catch (Exception e) {
  //   throw GridValues.argumentFailed(argument, e);
  // }
  // return HTTP_REQUEST.run(stepInput, new HttpRequestRunner.Uses(httpClientShared.get()), ctx);
  /**
   * The statements of a step's body: one local per argument computed at run time, so a failure
   * names the argument and its location; the runner's own failures pass through untouched. A
   * step whose arguments are all constants builds its input in the call.
   */
  private CodeBlock body(StepPlan step, FieldScope scope) {
    RunnerSchema schema = step.schema();
    String runner = members.moduleConstant(schema.runnerClass(), schema.type());
    CodeBlock uses = schema.usesResources() ? CodeBlock.of("\n$L, ", usesRecord(step)) : CodeBlock.of(" ");
    return buildThen(schema.input().recordClass(), step.arguments(), scope, "stepInput",
        input -> step.checks().isEmpty()
            ? CodeBlock.builder().addStatement("return $L", runnerCall(step, runner, input, uses)).build()
            : checked(step, scope, runnerCall(step, runner, input, uses)));
  }

  // PRINT.run(stepInput, ctx), or with cache = true:
  // StepCache.cached(run, ctx, "print", stepInput, cacheInput -> PRINT.run(cacheInput, ctx),
  //     GridValues.cacheCodec("print dev.….PrintRunner 1", cacheInput -> valueOfInput(cacheInput),
  //         cacheInput -> valueOfOutput(cacheInput), cacheInput -> toOutput(cacheInput)))
  /** The call of the step's runner with {@code input}. */
  private CodeBlock runnerCall(StepPlan step, String runner, CodeBlock input, CodeBlock uses) {
    if (!step.controls().cache()) {
      return CodeBlock.of("$N.run($L,$Lctx)", runner, input, uses);
    }
    RunnerSchema schema = step.schema();
    String p = GridMembers.CACHE_INPUT;
    CodeBlock codec = CodeBlock.of("$T.cacheCodec($L,\n$>$>$N -> $N($N), $N -> $N($N),\n$N -> $L)$<$<", GRID_VALUES,
        JavaLiterals.string(schema.type() + " " + schema.runnerClass().getName() + " " + schema.pureVersion()),
        p, conversions.recordToValue(schema.input().recordClass()), p,
        p, conversions.recordToValue(schema.output().recordClass()), p,
        p, conversions.fromValue(CodeBlock.of("$N", p), schema.output().recordClass()));
    String dir = step.controls().cacheDir();
    return CodeBlock.of("$T.cached(run, ctx, $L, $L, $N -> $N.run($N,$Lctx),\n$>$>$L$L)$<$<", StepCache.class,
        JavaLiterals.string(schema.type()), input, p, runner, p, uses, codec,
        dir == null ? "" : CodeBlock.of(", $L", JavaLiterals.string(dir)));
  }

  // HttpRequestRunner.Output output = HTTP_REQUEST.run(…);
  // Value self = GridValues.stepValue(valueOfOutput(output));
  // GridValues.check("ok", "grid.hcl:9:3", <condition over self>, () -> <error_message>);
  // return output;
  /** Runs the step, then its checks over {@code self}; a failing check fails the instance. */
  private CodeBlock checked(StepPlan step, FieldScope scope, CodeBlock run) {
    LocalNames locals = members.localNames();
    String output = locals.newName("output");
    String self = locals.newName("self");
    FieldScope checks = scope.withSelf(CodeBlock.of("$N", self));
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T $N = $L", members.outputClass(step.key()), output, run)
        .addStatement("$T $N = $T.stepValue($N($N))", Value.class, self, GRID_VALUES,
            conversions.recordToValue(step.schema().output().recordClass()), output);
    for (CheckPlan c : step.checks()) {
      code.addStatement("$T.check(ctx, $L, $L, $L, $L)", GRID_VALUES, JavaLiterals.string(c.name()),
          JavaLiterals.string(c.location()), exprs.write(c.condition(), checks),
          c.errorMessage() == null ? "null" : CodeBlock.of("() -> $L", exprs.write(c.errorMessage(), checks)));
    }
    return code.addStatement("return $N", output).build();
  }

  // private HttpClientInstance createHttpClientShared(RunContext ctx) throws Exception {
  //   <one local per computed argument, as in a step's body>
  //   return HTTP_CLIENT.create(config, ctx);
  // }
  /** The method creating a resource's instance from its config, named {@code name}. */
  MethodSpec createMethod(String name, String asset, Class<?> instanceClass, Class<?> configClass,
      List<ArgumentPlan> arguments) {
    FieldScope scope = new FieldScope(members, conversions, null, null, null);
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE)
        .returns(instanceClass)
        .addParameter(RunContext.class, "ctx")
        .addException(Exception.class)
        .addCode(buildThen(configClass, arguments, scope, "config",
            config -> CodeBlock.builder().addStatement("return $N.create($L, ctx)", asset, config).build()))
        .build();
  }

  /**
   * Builds the record from the arguments, then the statements {@code then} writes for it: one local per argument
   * computed at run time, inside a {@code try} that names the argument and its location when it
   * fails; a record of constants only is built in place.
   */
  private CodeBlock buildThen(Class<?> recordClass, List<ArgumentPlan> arguments, FieldScope scope,
      String recordName, java.util.function.Function<CodeBlock, CodeBlock> then) {
    LocalNames locals = members.localNames();
    List<CodeBlock> args = new ArrayList<>();
    List<CodeBlock[]> computedArgs = new ArrayList<>();
    for (ArgumentPlan a : arguments) {
      FieldSchema f = a.field();
      Argument arg = argument(a, scope);
      if (!arg.computed()) {
        args.add(CodeBlock.of("/* $L */ $L", JavaComments.safe(f.name()), arg.code()));
        continue;
      }
      String local = locals.newName(f.javaName());
      CodeBlock where = JavaLiterals.string(f.name() + " (" + a.location() + ")");
      computedArgs.add(new CodeBlock[] {where, CodeBlock.of("$T $N = $L", TypeName.get(f.javaType()), local, arg.code())});
      args.add(CodeBlock.of("$N", local));
    }
    CodeBlock record = CodeBlock.of("new $T($L)", ClassName.get(recordClass),
        args.size() <= 2 ? CodeBlock.join(args, ", ") : CodeBlock.of("\n$>$>$L$<$<", CodeBlock.join(args, ",\n")));
    if (computedArgs.isEmpty()) {
      return then.apply(record);
    }
    String argument = locals.newName("argument");
    String input = locals.newName(recordName);
    String failure = locals.newName("e");
    CodeBlock.Builder computed = CodeBlock.builder();
    for (CodeBlock[] c : computedArgs) {
      computed.addStatement("$N = $L", argument, c[0]);
      computed.addStatement("$L", c[1]);
    }
    return CodeBlock.builder()
        .addStatement("$T $N = null", String.class, argument)
        .addStatement("$T $N", ClassName.get(recordClass), input)
        .beginControlFlow("try")
        .add(computed.build())
        .addStatement("$N = $L", input, record)
        .nextControlFlow("catch ($T $N)", Exception.class, failure)
        .addStatement("throw $T.argumentFailed($N, $N)", GRID_VALUES, argument, failure)
        .endControlFlow()
        .add(then.apply(CodeBlock.of("$N", input)))
        .build();
  }

  /**
   * One component of an input or config record: a literal, a run-time conversion, or its
   * default (when the grid omits it or sets it to null).
   */
  /** The Java code of one argument, and whether it is computed at run time (and so may fail). */
  private record Argument(CodeBlock code, boolean computed) {}

  private Argument argument(ArgumentPlan a, FieldScope scope) {
    FieldSchema f = a.field();
    Value constant = a.value() instanceof PlanExpr.Const c ? c.value() : null;
    if (a.value() == null || constant != null && constant.isNull() && f.hasDefault()) {
      CodeBlock absent = conversions.absentField(f);
      return new Argument(absent != null ? absent : CodeBlock.of("null"), false);
    }
    if (constant != null && !constant.containsMark()) {
      return new Argument(conversions.literal(constant, f.javaType()), false);
    }
    if (f.javaType() == String.class) {
      CodeBlock text = exprs.writeString(a.value(), scope, StepWriter::noted);
      if (text != null) {
        return new Argument(text, true);
      }
    }
    CodeBlock value = exprs.write(a.value(), scope);
    if (exprs.mayHoldMarks(a.value(), scope)) {
      value = noted(value);
    }
    if (f.hasDefault() && f.javaType() != Value.class) {
      return new Argument(conversions.orDefault(value, f), true);
    }
    return new Argument(conversions.fromValue(value, f.javaType()), true);
  }

  // RunSecrets.noted(ctx, <value>)
  /**
   * The value of an argument that may hold a mark, its secret text noted first: the runner gets a
   * plain Java value and may echo it in a message.
   */
  private static CodeBlock noted(CodeBlock value) {
    return CodeBlock.of("$T.noted(ctx, $L)", RunSecrets.class, value);
  }

  private CodeBlock usesRecord(StepPlan s) {
    RunnerSchema schema = s.schema();
    List<CodeBlock> slots = new ArrayList<>();
    for (RunnerSchema.UsesSlot slot : schema.slots()) {
      String r = s.uses().get(slot.name());
      slots.add(r == null ? CodeBlock.of("null") : CodeBlock.of("$N.get()", members.resourceFields.get(r)));
    }
    return CodeBlock.of("new $T($L)", ClassName.get(schema.uses().recordClass()), CodeBlock.join(slots, ", "));
  }
}
