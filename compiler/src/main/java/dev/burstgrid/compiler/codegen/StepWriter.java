package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.burstgrid.compiler.codegen.expr.JavaComments;
import dev.burstgrid.compiler.codegen.expr.JavaLiterals;
import dev.burstgrid.runtime.spi.RunContext;
import javax.lang.model.element.Modifier;
import dev.burstgrid.compiler.plan.PlanStep;
import dev.burstgrid.compiler.plan.StepDep;
import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.compiler.semantic.Ref;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.semantic.Target;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.spi.NoUses;
import dev.burstgrid.runtime.value.Value;
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
    CodeBlock instanceDeps = deps(step, "i", false);
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
      code.addStatement("$N = run.dynamicGroup($N, deps, $L,\n$>$>ctx -> $T.indices($T.toLong($L)),\n"
              + "(index, countIndex) -> run.step($N.instance(index), deps, $L,\nctx -> $L))$<$<",
          members.stepFields.get(key), info, usesList(step.decl()), GridRun.class, GRID_VALUES,
          exprs.write(count.expr(), new FieldScope(members, conversions, null, null, null), false, false),
          info, usesList(step.decl()), call(step, ", countIndex"));
    } else {
      Attribute forEach = step.decl().forEach();
      code.addStatement("$T[] forEach = new $T[1]", Value.class, Value.class);
      code.addStatement("$N = run.dynamicGroup($N, deps, $L,\n$>$>ctx -> $T.forEachKeys(forEach[0] = $L),\n"
              + "(index, eachKey) -> run.step($N.instance(eachKey), deps, $L,\n"
              + "ctx -> $N(ctx, eachKey, $T.forEachValue(forEach[0], eachKey))))$<$<",
          members.stepFields.get(key), info, usesList(step.decl()), GRID_VALUES,
          exprs.write(forEach.expr(), new FieldScope(members, conversions, null, null, null), false, false),
          info, usesList(step.decl()), members.bodyMethods.get(key), GRID_VALUES);
    }
    return code.build();
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
      scope = new FieldScope(members, conversions, null, "eachKey", "eachValue");
    } else {
      scope = new FieldScope(members, conversions, null, null, null);
    }
    return m.addStatement("return $L", body(step, scope, counted, keyed)).build();
  }

  /**
   * The dependencies of an instance. {@code common}: those every instance shares, as a list
   * expression; otherwise those of instance {@code index} only (null when there are none).
   */
  private CodeBlock deps(PlanStep step, String index, boolean common) {
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
      boolean perInstance = dep.perInstance() != null && own.isStaticGroup() && shape.isStaticGroup();
      if (perInstance != !common) {
        continue;
      }
      if (perInstance) {
        futures.add(CodeBlock.of("$N.get($L)", field, instanceIndex(dep.perInstance(), index)));
      } else if (shape.kind() == StepShape.Kind.SINGLE) {
        futures.add(CodeBlock.of("$N", field));
      } else if (dep.fixed() >= 0 && shape.isStaticGroup()) {
        futures.add(CodeBlock.of("$N.get($L)", field, dep.fixed()));
      } else if (dep.fixed() >= 0 && shape.kind() == StepShape.Kind.DYNAMIC_COUNT) {
        futures.add(CodeBlock.of("$N.instance($L)", field, dep.fixed()));
      } else {
        futures.add(members.allInstances(target));
        hasLists |= shape.isStaticGroup();
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
  private CodeBlock body(PlanStep step, FieldScope scope, boolean inCount, boolean inForEach) {
    StepDecl s = step.decl();
    RunnerSchema schema = s.schema();
    String runner = members.moduleConstant(schema.runnerClass(), schema.type());
    List<CodeBlock> args = new ArrayList<>();
    for (FieldSchema f : schema.input().fields()) {
      args.add(CodeBlock.of("/* $L */ $L", JavaComments.safe(f.name()), argument(s.arguments().get(f.name()), f, scope, inCount,
          inForEach)));
    }
    CodeBlock input = CodeBlock.of("new $T($L)", ClassName.get(schema.input().recordClass()),
        args.size() <= 2 ? CodeBlock.join(args, ", ") : CodeBlock.of("\n$>$>$L$<$<", CodeBlock.join(args, ",\n")));
    return CodeBlock.of("$N.run($L,\n$L, ctx)", runner, input, usesRecord(s));
  }

  /** One component of an input or config record: a literal, a run-time conversion, or its default. */
  CodeBlock argument(Attribute a, FieldSchema f, ExprScope scope, boolean inCount, boolean inForEach) {
    if (a == null) {
      CodeBlock absent = conversions.absentField(f);
      return absent != null ? absent : CodeBlock.of("null");
    }
    Value constant = exprs.constant(a.expr(), inCount, inForEach);
    if (constant != null) {
      return conversions.literal(constant, f.javaType());
    }
    if (f.javaType() == String.class) {
      CodeBlock text = exprs.writeText(a.expr(), scope, inCount, inForEach);
      if (text != null) {
        return text;
      }
    }
    return conversions.fromValue(exprs.write(a.expr(), scope, inCount, inForEach), f.javaType());
  }

  private CodeBlock usesRecord(StepDecl s) {
    RunnerSchema schema = s.schema();
    if (schema.uses().recordClass() == NoUses.class) {
      return CodeBlock.of("$T.INSTANCE", NoUses.class);
    }
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
