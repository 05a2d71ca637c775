package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.burstgrid.compiler.plan.GridPlan;
import dev.burstgrid.compiler.plan.LocalPlan;
import dev.burstgrid.compiler.plan.ResourcePlan;
import dev.burstgrid.compiler.plan.StepPlan;
import dev.burstgrid.compiler.plan.StepShape;
import dev.burstgrid.runtime.DynamicGroup;
import dev.burstgrid.runtime.ResourceHandle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The members of a generated grid class and the Java names they got: one field per step
 * (its future, list of futures or dynamic group), resource handle and local; one constant per
 * runner and asset. Every name derived from the grid comes from one {@link NameAllocator}, tagged
 * with a fresh object: a declaration record as a tag would be hashed through its whole syntax tree.
 */
final class GridMembers {
  /** The fields holding {@code vu} and {@code scenario} of the iteration. */
  static final String VU = "vu";
  static final String SCENARIO = "scenario";
  /** The addresses a partial scenario's iteration schedules ({@code steps = […]}); null for all. */
  static final String SCHEDULED = "scheduled";
  final NameAllocator names = new NameAllocator();
  final Map<String, String> stepFields = new HashMap<>();
  final Map<String, String> stepInfos = new HashMap<>();
  final Map<String, String> bodyMethods = new HashMap<>();
  /** The methods testing a step's {@code if}, for the steps that have one. */
  final Map<String, String> conditionMethods = new HashMap<>();
  /** The fields holding a step's race ({@code depends_on_any}), for the steps that have one. */
  final Map<String, String> raceFields = new HashMap<>();
  /** The local of a body that holds {@code race} ({@code {winner, index}}). */
  static final String RACE = "race";
  /** The local of a body that holds the race's {@code RaceWinner}. */
  static final String RACE_WINNER = "raceWinner";
  /** The parameter of a cached runner call's lambda. */
  static final String CACHE_INPUT = "cacheInput";
  final Map<String, String> resourceFields = new HashMap<>();
  final Map<String, String> resourceInfos = new HashMap<>();
  final Map<String, String> localFields = new HashMap<>();
  final Map<Class<?>, String> moduleConstants = new LinkedHashMap<>();
  final Map<String, String> keyConstants = new HashMap<>();
  final Map<String, String> valueConstants = new HashMap<>();
  /** Instance tables ({@code int[]} constants) by name, as the parts of their encoded text. */
  final Map<String, CodeBlock> tables = new LinkedHashMap<>();
  /** The iteration roots ({@code vu}, {@code scenario}) some expression reads. */
  final Set<String> iterationRoots = new HashSet<>();
  private final Map<String, StepPlan> steps = new HashMap<>();
  private final Map<String, LocalPlan> locals = new HashMap<>();
  private final Set<String> sensitiveVariables = new java.util.HashSet<>();
  private Set<String> fieldNames;

  GridMembers(GridPlan plan) {
    names.newName("run", "run");
    names.newName("variables", "variables");
    names.newName("main", "main");
    names.newName(ValidationWriter.METHOD, ValidationWriter.METHOD);
    names.newName(VU, VU);
    names.newName(SCENARIO, SCENARIO);
    names.newName(SCHEDULED, SCHEDULED);
    names.newName(RACE, RACE);
    names.newName(RACE_WINNER, RACE_WINNER);
    for (StepPlan s : plan.steps()) {
      String key = s.key();
      steps.put(key, s);
      stepFields.put(key, names.newName(Identifiers.camel(s.runnerType() + "_" + s.name()), new Object()));
      stepInfos.put(key, names.newName(Identifiers.constant(s.runnerType() + "_" + s.name()), new Object()));
      bodyMethods.put(key, names.newName(Identifiers.camel("run_" + stepFields.get(key)), key + "#body"));
      if (!s.controls().race().isEmpty()) {
        raceFields.put(key, names.newName(Identifiers.camel("race_" + stepFields.get(key)), key + "#race"));
      }
      if (s.controls().condition() != null) {
        conditionMethods.put(key, names.newName(Identifiers.camel("if_" + stepFields.get(key)), key + "#if"));
      }
      if (s.shape() instanceof StepShape.Keyed) {
        keyConstants.put(key, names.newName(stepInfos.get(key) + "_KEYS", key + "#keys"));
        valueConstants.put(key, names.newName(stepInfos.get(key) + "_VALUES", key + "#values"));
      }
    }
    for (ResourcePlan r : plan.resources()) {
      resourceFields.put(r.key(), names.newName(Identifiers.camel(r.assetType() + "_" + r.name()), new Object()));
      resourceInfos.put(r.key(), names.newName(Identifiers.constant(r.assetType() + "_" + r.name()), new Object()));
    }
    for (dev.burstgrid.compiler.plan.VariablePlan v : plan.variables()) {
      if (v.sensitive()) {
        sensitiveVariables.add(v.name());
      }
    }
    for (LocalPlan l : plan.locals()) {
      locals.put(l.name(), l);
      localFields.put(l.name(), names.newName(Identifiers.camel("local_" + l.name()), new Object()));
    }
  }

  /** Whether variable {@code name} is declared sensitive. */
  boolean isSensitiveVariable(String name) {
    return sensitiveVariables.contains(name);
  }

  /** Whether the local waits for steps, so its field holds a future. */
  boolean localIsFuture(String name) {
    return locals.get(name).readsSteps();
  }

  StepShape shape(String key) {
    return steps.get(key).shape();
  }

  /**
   * Names for the locals of one generated method: never one of the class's fields, which
   * expression code reads unqualified, nor a parameter of a step's body.
   */
  LocalNames localNames() {
    if (fieldNames == null) {
      fieldNames = new HashSet<>(List.of("run", "variables", VU, SCENARIO, SCHEDULED, RACE, RACE_WINNER, CACHE_INPUT,
          "ctx", "countIndex", "eachKey", "eachValue"));
      fieldNames.addAll(raceFields.values());
      fieldNames.addAll(stepFields.values());
      fieldNames.addAll(resourceFields.values());
      fieldNames.addAll(localFields.values());
    }
    return new LocalNames(fieldNames);
  }

  /** The constant holding a runner's or asset's instance: {@code HTTP_REQUEST}. */
  String moduleConstant(Class<?> moduleClass, String type) {
    return moduleConstants.computeIfAbsent(moduleClass,
        k -> names.newName(Identifiers.constant(type), k));
  }

  StepPlan step(String key) {
    return steps.get(key);
  }

  ClassName outputClass(String key) {
    return ClassName.get(step(key).schema().output().recordClass());
  }

  /** The type of a step's field: its future, its list of futures, or its dynamic group. */
  TypeName stepFieldType(String key) {
    TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), outputClass(key));
    StepShape shape = shape(key);
    if (shape instanceof StepShape.Single) {
      return future;
    }
    if (shape.isStaticGroup()) {
      return ParameterizedTypeName.get(ClassName.get(List.class), future);
    }
    return ParameterizedTypeName.get(ClassName.get(DynamicGroup.class),
        ClassName.get(shape.isCounted() ? Integer.class : String.class), outputClass(key));
  }

  TypeName resourceFieldType(ResourcePlan r) {
    return ParameterizedTypeName.get(ClassName.get(ResourceHandle.class), ClassName.get(r.schema().instanceClass()));
  }

  /** Whole-step futures for a dependency on every instance: the future, list, or {@code all()}. */
  CodeBlock allInstances(String key) {
    String field = stepFields.get(key);
    return shape(key).isRunTime() ? CodeBlock.of("$N.all()", field) : CodeBlock.of("$N", field);
  }
}
