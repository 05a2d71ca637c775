package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.schema.FieldSchema;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compile-time values of the root names {@code var}, {@code local}, {@code step} and
 * {@code resource}. Step outputs are unknown values of their schema types, shaped by each
 * step's expansion (an object, a tuple of instances, an object of keyed instances, or an
 * unknown collection for a run-time group), so expressions over them type-check.
 */
final class RootValues {
  private final Map<String, Value> vars = new TreeMap<>();
  private final Map<String, Value> locals = new TreeMap<>();
  private final Map<String, Map<String, Value>> steps = new TreeMap<>();
  private final Map<String, Map<String, Value>> resources = new TreeMap<>();
  /** The four root objects, built on first use after a change (every argument reads them). */
  private Map<String, Value> built;

  void variable(String name, Value v) {
    vars.put(name, v);
    built = null;
  }

  void local(String name, Value v) {
    locals.put(name, v);
    built = null;
  }

  void resource(ResourceDecl r) {
    resources.computeIfAbsent(r.assetType(), k -> new TreeMap<>()).put(r.name(), Value.unknown(Type.ANY));
    built = null;
  }

  void step(StepDecl s, Expansion e) {
    Value one = instanceValue(s);
    Value shaped;
    if (e instanceof Expansion.Counted c) {
      shaped = new Value.TupleValue(Collections.nCopies(c.count(), one));
    } else if (e instanceof Expansion.Keyed k) {
      Map<String, Value> byKey = new LinkedHashMap<>();
      for (String key : k.keys()) {
        byKey.put(key, one);
      }
      shaped = Value.ObjectValue.of(byKey);
    } else if (e instanceof Expansion.DynamicCount) {
      shaped = Value.unknown(new Type.ListOf(one.type()));
    } else if (e instanceof Expansion.DynamicForEach) {
      shaped = Value.unknown(new Type.MapOf(one.type()));
    } else {
      shaped = one;
    }
    steps.computeIfAbsent(s.runnerType(), k -> new TreeMap<>()).put(s.name(), shaped);
    built = null;
  }

  /** {@code {output = {field = unknown(type), …}}}, or unknown(any) without a schema: {@code self} in a check. */
  static Value instanceValue(StepDecl s) {
    if (s.schema() == null) {
      return Value.unknown(Type.ANY);
    }
    RecordSchema out = s.schema().output();
    Map<String, Value> fields = new TreeMap<>();
    for (FieldSchema f : out.fields()) {
      fields.put(f.name(), Value.unknown(f.type()));
    }
    return Value.ObjectValue.of(Map.of("output", Value.ObjectValue.of(fields)));
  }

  /** The roots for an expression, with {@code count} and {@code each} when given. */
  Map<String, Value> roots(Value count, Value each) {
    if (built == null) {
      built = Map.of("var", Value.ObjectValue.of(vars), "local", Value.ObjectValue.of(locals),
          "resource", nested(resources), "step", nested(steps),
          "vu", Value.ObjectValue.of(Map.of("id", Value.unknown(Type.NUMBER), "iteration", Value.unknown(Type.NUMBER))),
          "scenario", Value.ObjectValue.of(Map.of("name", Value.unknown(Type.STRING),
              "iteration", Value.unknown(Type.NUMBER))),
          // Only a step with depends_on_any may read it (the resolver checks).
          "race", Value.ObjectValue.of(Map.of("winner", Value.unknown(Type.STRING), "index", Value.unknown(Type.NUMBER),
              "output", Value.unknown(Type.ANY))));
    }
    if (count == null && each == null) {
      return built;
    }
    Map<String, Value> roots = new TreeMap<>(built);
    if (count != null) {
      roots.put("count", count);
    }
    if (each != null) {
      roots.put("each", each);
    }
    return roots;
  }

  private static Value nested(Map<String, Map<String, Value>> byType) {
    Map<String, Value> types = new TreeMap<>();
    byType.forEach((type, byName) -> types.put(type, Value.ObjectValue.of(byName)));
    return Value.ObjectValue.of(types);
  }

  static Value countObject(Value index) {
    return Value.ObjectValue.of(Map.of("index", index));
  }

  static Value eachObject(Value key, Value value) {
    return Value.ObjectValue.of(Map.of("key", key, "value", value));
  }
}
