package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.semantic.ScenarioDecl;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.lang.load.ScenarioCatalogue;
import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * Type-checks a scenario's options: durations as {@code "30s"}, VU counts and rates as whole
 * numbers, stages as a list of {@code {duration, target}}. Values that depend on variables are
 * checked by type here and by value when the run starts.
 */
final class ScenarioChecker {
  private final Function<Attribute, Value> eval;
  private final Diagnostics diags;

  ScenarioChecker(Function<Attribute, Value> eval, Diagnostics diags) {
    this.eval = eval;
    this.diags = diags;
  }

  void check(ScenarioDecl s) {
    int errors = diags.errorCount();
    Map<String, Value> known = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Attribute> e : s.options().entrySet()) {
      int before = diags.errorCount();
      Value v = eval.apply(e.getValue());
      if (diags.errorCount() > before || !dev.burstgrid.lang.function.FunctionCalls.isWhollyKnown(v)) {
        continue;
      }
      known.put(e.getKey(), v);
      Range at = e.getValue().expr().range();
      String name = e.getKey();
      ScenarioCatalogue.Kind kind = ScenarioCatalogue.kind(s.executor(), name);
      if (kind == ScenarioCatalogue.Kind.DURATION) {
        duration(v, at, name);
      } else if (kind == ScenarioCatalogue.Kind.POSITIVE) {
        whole(v, at, name, 1);
      } else if (kind == ScenarioCatalogue.Kind.COUNT) {
        whole(v, at, name, 0);
      } else if (kind == ScenarioCatalogue.Kind.STAGES) {
        stages(v, at);
      }
    }
    if (diags.errorCount() == errors && known.size() == s.options().size()) {
      combined(s, known);
    }
  }

  /**
   * What only the options together can violate ({@code max_vus} below {@code pre_allocated_vus}):
   * the run builds the scenario the same way, so a grid {@code check} accepts starts.
   */
  private void combined(ScenarioDecl s, Map<String, Value> options) {
    try {
      dev.burstgrid.lang.load.GridScenarios.scenario(s.name(), s.executor(), s.block().range().gridLocation(),
          options, ctx -> null);
    } catch (IllegalArgumentException e) {
      String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
          : e.getMessage();
      error(s.block().headerRange(), why + ".");
    }
  }

  private void duration(Value v, Range at, String name) {
    if (!(v instanceof Value.Str s)) {
      error(at, name + " is a duration such as \"30s\" or \"1m30s\".");
      return;
    }
    try {
      if (Durations.parse(s.value()).isNegative()) {
        error(at, name + " cannot be negative.");
      }
    } catch (IllegalArgumentException ex) {
      error(at, name + ": " + ex.getMessage() + ".");
    }
  }

  private void whole(Value v, Range at, String name, int min) {
    BigDecimal n = v instanceof Value.Num num ? num.value() : null;
    if (n == null || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(min)) < 0
        || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      error(at, name + " is a whole number of at least " + min + ".");
    }
  }

  private void stages(Value v, Range at) {
    java.util.List<Value> items = v instanceof Value.TupleValue t ? t.elements()
        : v instanceof Value.ListValue l ? l.elements() : java.util.List.of();
    if (items.isEmpty()) {
      error(at, "stages is a non-empty list of { duration = \"30s\", target = 10 }.");
      return;
    }
    for (Value stage : items) {
      Value d = stage instanceof Value.ObjectValue o ? o.attributes().get("duration") : null;
      Value t = stage instanceof Value.ObjectValue o ? o.attributes().get("target") : null;
      if (d == null || t == null) {
        error(at, "Each stage is { duration = \"30s\", target = 10 }.");
        return;
      }
      duration(d, at, "a stage's duration");
      whole(t, at, "a stage's target", 0);
    }
  }

  private void error(Range at, String detail) {
    diags.error("grid/invalid-scenario-option", at, "Invalid scenario option", detail);
  }
}
