package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.burstgrid.compiler.codegen.expr.JavaComments;
import dev.burstgrid.compiler.codegen.expr.JavaLiterals;
import dev.burstgrid.runtime.spi.RunContext;
import javax.lang.model.element.Modifier;
import dev.burstgrid.compiler.plan.PlanStep;
import dev.burstgrid.compiler.plan.StepDep;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.compiler.semantic.Ref;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.semantic.Target;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Writes the code that schedules one step: a single instance, a loop, or a dynamic group. */
final class StepWriter {
  private static final ClassName GRID_VALUES = Conversions.GRID_VALUES;

  private final GridMembers members;
  private final Conversions conversions;
  private final ExprCode exprs;
  private final Map<StepDecl, Map<String, ResourceDecl>> uses;
  private final Map<StepDecl, List<Ref>> refs;

  StepWriter(GridMembers members, Conversions conversions, ExprCode exprs,
      Map<StepDecl, Map<String, ResourceDecl>> uses, Map<StepDecl, List<Ref>> refs) {
    this.members = members;
    this.conversions = conversions;
    this.exprs = exprs;
    this.uses = uses;
    this.refs = refs;
  }

  /** The statements scheduling {@code step}, assigning its field. */
  CodeBlock write(PlanStep step) {
    String key = step.decl().key();
    StepShape shape = members.shapes.get(key);
    switch (shape.kind()) {
      case SINGLE:
        return single(step);
      case COUNT:
      case KEYED:
        return loop(step, shape);
      default:
        return dynamic(step, shape);
    }
  }

  // httpRequestFirst = run.step(HTTP_REQUEST_FIRST, List.of(a), List.of(httpClientShared),
  //     ctx -> runHttpRequestFirst(ctx));
  private CodeBlock single(PlanStep step) {
    String key = step.decl().key();
    return CodeBlock.builder()
        .addStatement("$N = run.step($N, $L$L,\n$>$>ctx -> $L)$<$<", members.stepFields.get(key),
            members.stepInfos.get(key), deps(step, null, true), usesArgument(step.decl()),
            call(step, ""))
        .build();
  }

  // List<CompletableFuture<?>> deps = List.of(httpRequestFirst);
  // List<CompletableFuture<HttpRequestRunner.Output>> group = new ArrayList<>(10);
  // for (int i = 0; i < 10; i++) {
  //   int countIndex = i;
  //   group.add(run.step(HTTP_REQUEST_FAN.instance(i), deps, List.of(…), ctx -> runHttpRequestFan(ctx, countIndex)));
  // }
  // httpRequestFan = group;
  private CodeBlock loop(PlanStep step, StepShape shape) {
    String key = step.decl().key();
    boolean keyed = shape.kind() == StepShape.Kind.KEYED;
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T<$T<?>> deps = $L", List.class, CompletableFuture.class, deps(step, null, true));
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
    code.addStatement("group.add(run.step($N.instance($L), $L$L,\n$>$>ctx -> $L))$<$<", members.stepInfos.get(key),
        keyed ? "eachKey" : "i", instanceDeps == null ? CodeBlock.of("deps")
            : CodeBlock.of("$T.deps(deps, $L)", GRID_VALUES, instanceDeps),
        usesArgument(step.decl()), call(step, keyed ? ", eachKey, eachValue" : ", countIndex"));
    code.endControlFlow();
    code.addStatement("$N = group", members.stepFields.get(key));
    return code.build();
  }

  // httpRequestDyn = run.dynamicGroup(HTTP_REQUEST_DYN, deps, List.of(…),
  //     ctx -> GridRun.indices(GridValues.toLong(<count>)),
  //     (index, countIndex) -> run.step(HTTP_REQUEST_DYN.instance(index), deps, List.of(…),
  //         ctx -> runHttpRequestDyn(ctx, countIndex)));
  private CodeBlock dynamic(PlanStep step, StepShape shape) {
    String key = step.decl().key();
    String info = members.stepInfos.get(key);
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T<$T<?>> deps = $L", List.class, CompletableFuture.class, deps(step, null, true));
    if (shape.kind() == StepShape.Kind.DYNAMIC_COUNT) {
      Attribute count = step.decl().count();
      CodeBlock instanceDeps = deps(step, null, false, new FieldScope(members, conversions, "countIndex", null, null));
      code.addStatement("$N = run.dynamicGroup($N, deps, $L,\n$>$>ctx -> $T.indices($T.toLong($L)),\n"
              + "(index, countIndex) -> run.step($N.instance(index), $L, $L,\nctx -> $L))$<$<",
          members.stepFields.get(key), info, usesList(step.decl()), GridRun.class, GRID_VALUES,
          exprs.write(count.expr(), new FieldScope(members, conversions, null, null, null)),
          info, withInstanceDeps(instanceDeps), usesList(step.decl()), call(step, ", countIndex"));
    } else {
      Attribute forEach = step.decl().forEach();
      code.addStatement("$T[] forEach = new $T[1]", Value.class, Value.class);
      CodeBlock instanceDeps = deps(step, null, false, new FieldScope(members, conversions, null, "eachKey",
          CodeBlock.of("$T.forEachValue(forEach[0], eachKey)", GRID_VALUES)));
      code.addStatement("$N = run.dynamicGroup($N, deps, $L,\n$>$>ctx -> $T.forEachKeys(forEach[0] = $L),\n"
              + "(index, eachKey) -> run.step($N.instance(eachKey), $L, $L,\n"
              + "ctx -> $N(ctx, eachKey, $T.forEachValue(forEach[0], eachKey))))$<$<",
          members.stepFields.get(key), info, usesList(step.decl()), GRID_VALUES,
          exprs.write(forEach.expr(), new FieldScope(members, conversions, null, null, null)),
          info, withInstanceDeps(instanceDeps), usesList(step.decl()), members.bodyMethods.get(key), GRID_VALUES);
    }
    return code.build();
  }

  /** {@code deps}, or {@code GridValues.deps(deps, <the instance's own>)}. */
  private static CodeBlock withInstanceDeps(CodeBlock instanceDeps) {
    return instanceDeps == null ? CodeBlock.of("deps") : CodeBlock.of("$T.deps(deps, $L)", GRID_VALUES, instanceDeps);
  }

  /** {@code runHttpRequestFirst(ctx, countIndex)}: the call of the step's body method. */
  private CodeBlock call(PlanStep step, String extraArgs) {
    return CodeBlock.of("$N(ctx$L)", members.bodyMethods.get(step.decl().key()), extraArgs);
  }

  // private HttpRequestRunner.Output runHttpRequestFan(RunContext ctx, int countIndex) throws Exception {
  //   return HTTP_REQUEST.run(new HttpRequestRunner.Input(…), new HttpRequestRunner.Uses(…), ctx);
  // }
  /** The body of the step's instances, a method of its own (javac attributes lambdas slowly). */
  MethodSpec bodyMethod(PlanStep step) {
    String key = step.decl().key();
    StepShape shape = members.shapes.get(key);
    boolean counted = shape.kind() == StepShape.Kind.COUNT || shape.kind() == StepShape.Kind.DYNAMIC_COUNT;
    boolean keyed = shape.kind() == StepShape.Kind.KEYED || shape.kind() == StepShape.Kind.DYNAMIC_FOR_EACH;
    MethodSpec.Builder m = MethodSpec.methodBuilder(members.bodyMethods.get(key))
        .addModifiers(Modifier.PRIVATE)
        .returns(members.outputClass(key))
        .addParameter(RunContext.class, "ctx")
        .addException(Exception.class);
    FieldScope scope;
    if (counted) {
      m.addParameter(int.class, "countIndex");
      scope = new FieldScope(members, conversions, "countIndex", null, null);
    } else if (keyed) {
      m.addParameter(String.class, "eachKey").addParameter(Value.class, "eachValue");
      scope = new FieldScope(members, conversions, null, "eachKey", CodeBlock.of("eachValue"));
    } else {
      scope = new FieldScope(members, conversions, null, null, null);
    }
    return m.addCode(body(step, scope)).build();
  }

  /**
   * The dependencies of an instance. {@code common}: those every instance shares, as a list
   * expression; otherwise those of the instance being scheduled only ({@code index} is its position,
   * {@code scope} reads its count or each), null when there are none.
   */
  private CodeBlock deps(PlanStep step, String index, boolean common) {
    return deps(step, index, common, null);
  }

  private CodeBlock deps(PlanStep step, String index, boolean common, FieldScope scope) {
    StepShape own = members.shapes.get(step.decl().key());
    List<CodeBlock> futures = new ArrayList<>();
    boolean hasLists = false;
    for (StepDep dep : step.deps()) {
      if (!dep.target().startsWith("step.")) {
        continue;
      }
      String target = dep.target().substring("step.".length());
      StepShape shape = members.shapes.get(target);
      String field = members.stepFields.get(target);
      if (shape.kind() == StepShape.Kind.SINGLE) {
        if (common) {
          futures.add(CodeBlock.of("$N", field));
        }
        continue;
      }
      boolean everyInstance = dep.needsAll()
          || !dep.fixed().isEmpty() && shape.kind() == StepShape.Kind.DYNAMIC_FOR_EACH
          || dep.indexed().stream().anyMatch(x -> !perInstance(x, own, shape));
      if (everyInstance) {
        if (common) {
          futures.add(members.allInstances(target));
          hasLists |= shape.isStaticGroup();
        }
        continue;
      }
      if (common) {
        for (int fixed : dep.fixed()) {
          futures.add(CodeBlock.of(shape.isStaticGroup() ? "$N.get($L)" : "$N.instance($L)", field, fixed));
        }
        continue;
      }
      for (StepDep.Indexed x : dep.indexed()) {
        if (x.table() != null && own.isStaticGroup() && shape.isStaticGroup()) {
          futures.add(CodeBlock.of("$N.get($L)", field, instanceIndex(x.table(), index)));
        } else {
          // GridValues.selectedInstance(httpRequestLogin, () -> Value.number((long) countIndex))
          String select = shape.kind() == StepShape.Kind.DYNAMIC_COUNT ? "selectedInstance" : "selectedKey";
          futures.add(CodeBlock.of("$T.$L($N, () -> $L)", GRID_VALUES, select, field, exprs.write(x.index(), scope)));
        }
      }
    }
    if (common) {
      for (Ref ref : refs.getOrDefault(step.decl(), List.of())) {
        if (ref.target() instanceof Target.LocalRef l && Boolean.TRUE.equals(members.localIsFuture.get(l.local().name()))) {
          CodeBlock f = CodeBlock.of("$N", members.localFields.get(l.local().name()));
          if (!futures.contains(f)) {
            futures.add(f);
          }
        }
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

  /**
   * Whether each instance can wait for just the instance it selects: by a table when both groups
   * are expanded at compile time, by evaluating the index when the target expands at run time and
   * the index reads nothing but the instance, variables and constants.
   */
  private boolean perInstance(StepDep.Indexed x, StepShape own, StepShape target) {
    if (own.kind() == StepShape.Kind.SINGLE) {
      return false;
    }
    if (x.table() != null && own.isStaticGroup() && target.isStaticGroup()) {
      return true;
    }
    return target.isDynamic() && exprs.readsOnlyInstance(x.index());
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
  private CodeBlock usesArgument(StepDecl s) {
    return uses.getOrDefault(s, Map.of()).isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", usesList(s));
  }

  // List.of(httpClientShared)
  private CodeBlock usesList(StepDecl s) {
    Set<CodeBlock> handles = new LinkedHashSet<>();
    for (ResourceDecl r : uses.getOrDefault(s, Map.of()).values()) {
      handles.add(CodeBlock.of("$N", members.resourceFields.get(r.assetType() + "." + r.name())));
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
  private CodeBlock body(PlanStep step, FieldScope scope) {
    StepDecl s = step.decl();
    RunnerSchema schema = s.schema();
    String runner = members.moduleConstant(schema.runnerClass(), schema.type());
    CodeBlock uses = schema.usesResources() ? CodeBlock.of("\n$L, ", usesRecord(s)) : CodeBlock.of(" ");
    LocalNames locals = members.localNames();
    List<CodeBlock> args = new ArrayList<>();
    List<CodeBlock[]> computedArgs = new ArrayList<>();
    for (FieldSchema f : schema.input().fields()) {
      Attribute a = s.arguments().get(f.name());
      Argument arg = argument(a, f, scope);
      if (!arg.computed()) {
        args.add(CodeBlock.of("/* $L */ $L", JavaComments.safe(f.name()), arg.code()));
        continue;
      }
      String local = locals.newName(f.javaName());
      CodeBlock where = JavaLiterals.string(f.name() + " (" + a.expr().range().gridLocation() + ")");
      computedArgs.add(new CodeBlock[] {where, CodeBlock.of("$T $N = $L", TypeName.get(f.javaType()), local, arg.code())});
      args.add(CodeBlock.of("$N", local));
    }
    String argument = locals.newName("argument");
    String input = locals.newName("stepInput");
    String failure = locals.newName("e");
    CodeBlock.Builder computed = CodeBlock.builder();
    for (CodeBlock[] c : computedArgs) {
      computed.addStatement("$N = $L", argument, c[0]);
      computed.addStatement("$L", c[1]);
    }
    CodeBlock record = CodeBlock.of("new $T($L)", ClassName.get(schema.input().recordClass()),
        args.size() <= 2 ? CodeBlock.join(args, ", ") : CodeBlock.of("\n$>$>$L$<$<", CodeBlock.join(args, ",\n")));
    if (computed.isEmpty()) {
      return CodeBlock.builder().addStatement("return $N.run($L,$Lctx)", runner, record, uses).build();
    }
    return CodeBlock.builder()
        .addStatement("$T $N = null", String.class, argument)
        .addStatement("$T $N", ClassName.get(schema.input().recordClass()), input)
        .beginControlFlow("try")
        .add(computed.build())
        .addStatement("$N = $L", input, record)
        .nextControlFlow("catch ($T $N)", Exception.class, failure)
        .addStatement("throw $T.argumentFailed($N, $N)", GRID_VALUES, argument, failure)
        .endControlFlow()
        .addStatement("return $N.run($N,$Lctx)", runner, input, uses)
        .build();
  }

  /** A step's input or a resource's config record, built from the block's arguments. */
  CodeBlock record(RecordSchema schema, Map<String, Attribute> given, FieldScope scope) {
    List<CodeBlock> args = new ArrayList<>();
    for (FieldSchema f : schema.fields()) {
      args.add(CodeBlock.of("/* $L */ $L", JavaComments.safe(f.name()), argument(given.get(f.name()), f, scope).code()));
    }
    return CodeBlock.of("new $T($L)", ClassName.get(schema.recordClass()),
        args.size() <= 2 ? CodeBlock.join(args, ", ") : CodeBlock.of("\n$>$>$L$<$<", CodeBlock.join(args, ",\n")));
  }

  /**
   * One component of an input or config record: a literal, a run-time conversion, or its
   * default (when the grid omits it or sets it to null).
   */
  /** The Java code of one argument, and whether it is computed at run time (and so may fail). */
  private record Argument(CodeBlock code, boolean computed) {}

  private Argument argument(Attribute a, FieldSchema f, FieldScope scope) {
    Value constant = a == null ? null : exprs.constant(a.expr());
    if (a == null || constant != null && constant.isNull() && f.hasDefault()) {
      CodeBlock absent = conversions.absentField(f);
      return new Argument(absent != null ? absent : CodeBlock.of("null"), false);
    }
    if (constant != null) {
      return new Argument(conversions.literal(constant, f.javaType()), false);
    }
    if (f.javaType() == String.class) {
      CodeBlock text = exprs.writeText(a.expr(), scope);
      if (text != null) {
        return new Argument(text, true);
      }
    }
    if (f.hasDefault() && f.javaType() != Value.class) {
      return new Argument(conversions.orDefault(exprs.write(a.expr(), scope), f), true);
    }
    return new Argument(conversions.fromValue(exprs.write(a.expr(), scope), f.javaType()), true);
  }

  private CodeBlock usesRecord(StepDecl s) {
    RunnerSchema schema = s.schema();
    Map<String, ResourceDecl> given = uses.getOrDefault(s, Map.of());
    List<CodeBlock> slots = new ArrayList<>();
    for (RunnerSchema.UsesSlot slot : schema.slots()) {
      ResourceDecl r = given.get(slot.name());
      slots.add(r == null ? CodeBlock.of("null")
          : CodeBlock.of("$N.get()", members.resourceFields.get(r.assetType() + "." + r.name())));
    }
    return CodeBlock.of("new $T($L)", ClassName.get(schema.uses().recordClass()), CodeBlock.join(slots, ", "));
  }
}
