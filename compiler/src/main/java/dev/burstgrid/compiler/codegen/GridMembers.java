package dev.burstgrid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.burstgrid.compiler.plan.Plan;
import dev.burstgrid.compiler.plan.PlanStep;
import dev.burstgrid.compiler.semantic.LocalDecl;
import dev.burstgrid.compiler.semantic.Ref;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.Target;
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
  final NameAllocator names = new NameAllocator();
  final Map<String, StepShape> shapes = new LinkedHashMap<>();
  final Map<String, String> stepFields = new HashMap<>();
  final Map<String, String> stepInfos = new HashMap<>();
  final Map<String, String> bodyMethods = new HashMap<>();
  final Map<String, String> resourceFields = new HashMap<>();
  final Map<String, String> resourceInfos = new HashMap<>();
  final Map<String, String> localFields = new HashMap<>();
  final Map<String, Boolean> localIsFuture = new HashMap<>();
  final Map<Class<?>, String> moduleConstants = new LinkedHashMap<>();
  final Map<String, String> keyConstants = new HashMap<>();
  final Map<String, String> valueConstants = new HashMap<>();
  /** Instance tables ({@code int[]} constants) by name, as the parts of their encoded text. */
  final Map<String, CodeBlock> tables = new LinkedHashMap<>();
  private final Plan plan;
  private Set<String> fieldNames;

  GridMembers(Plan plan, ConstantFolder folder) {
    this.plan = plan;
    names.newName("run", "run");
    names.newName("variables", "variables");
    names.newName("main", "main");
    for (PlanStep s : plan.steps().values()) {
      String key = s.decl().key();
      shapes.put(key, StepShape.of(s, folder));
      stepFields.put(key, names.newName(Identifiers.camel(s.decl().runnerType() + "_" + s.decl().name()), new Object()));
      stepInfos.put(key, names.newName(Identifiers.constant(s.decl().runnerType() + "_" + s.decl().name()),
          new Object()));
      bodyMethods.put(key, names.newName(Identifiers.camel("run_" + stepFields.get(key)), key + "#body"));
      if (shapes.get(key).kind() == StepShape.Kind.KEYED) {
        keyConstants.put(key, names.newName(stepInfos.get(key) + "_KEYS", key + "#keys"));
        valueConstants.put(key, names.newName(stepInfos.get(key) + "_VALUES", key + "#values"));
      }
    }
    for (ResourceDecl r : plan.analysis().model().resources().values()) {
      String key = r.assetType() + "." + r.name();
      resourceFields.put(key, names.newName(Identifiers.camel(r.assetType() + "_" + r.name()), new Object()));
      resourceInfos.put(key, names.newName(Identifiers.constant(r.assetType() + "_" + r.name()), new Object()));
    }
    for (LocalDecl l : plan.analysis().model().locals().values()) {
      localFields.put(l.name(), names.newName(Identifiers.camel("local_" + l.name()), new Object()));
    }
    for (String address : plan.order()) {
      if (address.startsWith("local.")) {
        LocalDecl l = plan.analysis().model().locals().get(address.substring("local.".length()));
        localIsFuture.put(l.name(), readsSteps(l));
      }
    }
  }

  private boolean readsSteps(LocalDecl l) {
    for (Ref ref : plan.analysis().localRefs().getOrDefault(l, List.of())) {
      if (ref.target() instanceof Target.StepRef) {
        return true;
      }
      if (ref.target() instanceof Target.LocalRef lr && Boolean.TRUE.equals(localIsFuture.get(lr.local().name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Names for the locals of one generated method: never one of the class's fields, which
   * expression code reads unqualified, nor a parameter of a step's body.
   */
  LocalNames localNames() {
    if (fieldNames == null) {
      fieldNames = new HashSet<>(List.of("run", "variables", "ctx", "countIndex", "eachKey", "eachValue"));
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

  PlanStep step(String key) {
    return plan.steps().get(key);
  }

  ClassName outputClass(String key) {
    return ClassName.get(step(key).decl().schema().output().recordClass());
  }

  /** The type of a step's field: its future, its list of futures, or its dynamic group. */
  TypeName stepFieldType(String key) {
    TypeName future = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), outputClass(key));
    StepShape shape = shapes.get(key);
    switch (shape.kind()) {
      case SINGLE:
        return future;
      case COUNT:
      case KEYED:
        return ParameterizedTypeName.get(ClassName.get(List.class), future);
      case DYNAMIC_COUNT:
        return ParameterizedTypeName.get(ClassName.get(DynamicGroup.class), ClassName.get(Integer.class),
            outputClass(key));
      default:
        return ParameterizedTypeName.get(ClassName.get(DynamicGroup.class), ClassName.get(String.class),
            outputClass(key));
    }
  }

  TypeName resourceFieldType(ResourceDecl r) {
    return ParameterizedTypeName.get(ClassName.get(ResourceHandle.class), ClassName.get(r.schema().instanceClass()));
  }

  /** Whole-step futures for a dependency on every instance: the future, list, or {@code all()}. */
  CodeBlock allInstances(String key) {
    StepShape shape = shapes.get(key);
    String field = stepFields.get(key);
    return shape.isDynamic() ? CodeBlock.of("$N.all()", field) : CodeBlock.of("$N", field);
  }
}
