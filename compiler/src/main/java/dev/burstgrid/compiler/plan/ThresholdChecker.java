package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.semantic.ThresholdDecl;
import dev.burstgrid.compiler.semantic.Traversal;
import dev.burstgrid.compiler.semantic.TraversalCollector;
import dev.burstgrid.runtime.metrics.MetricCatalogue;
import dev.burstgrid.runtime.metrics.MetricSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every {@code metric.NAME.FIELD} a threshold reads against the metrics the grid's load
 * run will have — the built-ins, each step's and each runner's, each scenario's — so a misspelled
 * metric is a compile error with a suggestion, not a threshold that silently passes.
 */
final class ThresholdChecker {
  private final MetricCatalogue catalogue;
  private final Diagnostics diags;

  ThresholdChecker(GridModel model, Diagnostics diags) {
    this.diags = diags;
    MetricCatalogue c = MetricCatalogue.withBuiltIns();
    for (StepDecl s : model.steps().values()) {
      if (s.schema() != null) {
        c.addStep(s.address(), s.schema().runnerClass());
      }
    }
    model.scenarios().keySet().forEach(c::addScenario);
    this.catalogue = c;
  }

  /** The {@code name, field} pairs the condition reads, or null after reporting why it is invalid. */
  List<String> reads(ThresholdDecl t) {
    List<String> reads = new ArrayList<>();
    boolean ok = true;
    for (Traversal ref : TraversalCollector.collect(t.condition().expr())) {
      ok &= read(ref, reads);
    }
    if (ok && reads.isEmpty()) {
      error(t.condition().expr().range(), "Threshold reads no metric",
          "A threshold's condition compares metrics, e.g. metric.http_req_failed.rate < 0.01.");
      return null;
    }
    return ok ? reads : null;
  }

  private boolean read(Traversal ref, List<String> reads) {
    if (!ref.root().equals("metric")) {
      error(ref.rootRange(), "Only metrics in a threshold",
          "A threshold is evaluated over the run's metrics and reads only metric.NAME.FIELD, not " + ref.root()
              + "." + DidYouMean.phrase(ref.root(), List.of("metric")));
      return false;
    }
    List<String> attrs = new ArrayList<>();
    for (Traversal.Part p : ref.parts()) {
      if (!(p instanceof Traversal.Attr a)) {
        error(p.range(), "Invalid metric reference", "Metrics are read as metric.NAME.FIELD, without indexes.");
        return false;
      }
      attrs.add(a.name());
    }
    if (attrs.size() < 2) {
      error(ref.range(), "Invalid metric reference",
          "A metric is read with its field: metric.NAME.FIELD, e.g. metric.iteration_duration.p95.");
      return false;
    }
    String name = String.join(".", attrs.subList(0, attrs.size() - 1));
    String field = attrs.get(attrs.size() - 1);
    Optional<MetricSpec> spec = catalogue.find(name);
    if (spec.isEmpty()) {
      error(ref.range(), "Unknown metric",
          "The grid's load run has no metric \"" + name + "\"." + DidYouMean.phrase(name, catalogue.names())
              + " Metrics: " + String.join(", ", catalogue.names().stream().limit(30).toList())
              + (catalogue.names().size() > 30 ? ", …" : "") + ".");
      return false;
    }
    List<String> fields = spec.get().kind().fields();
    if (!fields.contains(field)) {
      error(ref.parts().get(ref.parts().size() - 1).range(), "Unknown metric field",
          name + " is a " + spec.get().kind().name().toLowerCase(java.util.Locale.ROOT) + " with fields "
              + String.join(", ", fields) + "." + DidYouMean.phrase(field, fields));
      return false;
    }
    reads.add(name);
    reads.add(field);
    return true;
  }

  private void error(dev.burstgrid.compiler.source.Range at, String summary, String detail) {
    diags.error("grid/invalid-threshold", at, summary, detail);
  }
}
