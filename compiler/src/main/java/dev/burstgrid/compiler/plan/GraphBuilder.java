package dev.burstgrid.compiler.plan;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.semantic.Analysis;
import dev.burstgrid.compiler.semantic.DependsOn;
import dev.burstgrid.compiler.semantic.LocalDecl;
import dev.burstgrid.compiler.semantic.Ref;
import dev.burstgrid.compiler.semantic.ResourceDecl;
import dev.burstgrid.compiler.semantic.StepDecl;
import dev.burstgrid.compiler.semantic.Target;
import java.util.List;
import java.util.Map;

/**
 * Builds the declaration-level {@link DependencyGraph}: an edge for every reference to a
 * step, resource or local, and for every {@code depends_on} entry.
 */
public final class GraphBuilder {
  private GraphBuilder() {}

  public static DependencyGraph build(Analysis analysis, Diagnostics diags) {
    DependencyGraph g = new DependencyGraph();
    for (ResourceDecl r : analysis.model().resources().values()) {
      g.node(r.address());
    }
    for (LocalDecl l : analysis.model().locals().values()) {
      g.node("local." + l.name());
    }
    for (StepDecl s : analysis.model().steps().values()) {
      g.node(s.address());
    }
    for (Map.Entry<ResourceDecl, List<Ref>> e : analysis.resourceRefs().entrySet()) {
      refs(g, e.getKey().address(), e.getValue(), diags);
    }
    for (Map.Entry<LocalDecl, List<Ref>> e : analysis.localRefs().entrySet()) {
      refs(g, "local." + e.getKey().name(), e.getValue(), diags);
    }
    for (Map.Entry<StepDecl, List<Ref>> e : analysis.stepRefs().entrySet()) {
      refs(g, e.getKey().address(), e.getValue(), diags);
      dependsOn(g, e.getKey(), e.getKey().dependsOn(), "depends_on", analysis.model().steps(), diags);
      dependsOn(g, e.getKey(), e.getKey().controls().race(), "depends_on_any", analysis.model().steps(), diags);
    }
    return g;
  }

  /** The address a reference makes its holder depend on, or null (variables, count.index). */
  public static String addressOf(Target t) {
    if (t instanceof Target.StepRef s) {
      return s.step().address();
    }
    if (t instanceof Target.ResourceRef r) {
      return r.resource().address();
    }
    if (t instanceof Target.LocalRef l) {
      return "local." + l.local().name();
    }
    return null;
  }

  private static void refs(DependencyGraph g, String holder, List<Ref> refs, Diagnostics diags) {
    for (Ref ref : refs) {
      String dep = addressOf(ref.target());
      if (dep != null) {
        g.edge(dep, holder, ref.traversal().range(), diags);
      }
    }
  }

  private static void dependsOn(DependencyGraph g, StepDecl s, List<DependsOn> entries, String meta,
      Map<String, StepDecl> steps, Diagnostics diags) {
    for (DependsOn d : entries) {
      StepDecl target = steps.get(d.stepKey());
      if (target == null) {
        diags.error("grid/invalid-depends-on", d.range(), "Reference to undeclared step in " + meta,
            "There is no step \"" + d.runnerType() + "\" \"" + d.name() + "\"."
                + DidYouMean.suggest(d.stepKey(), steps.keySet()).map(k -> " Did you mean \"" + k + "\"?").orElse(""));
        continue;
      }
      if (d.index() != null && !target.isGroup()) {
        diags.error("grid/invalid-depends-on", d.range(), "Step is not a group",
            target.address() + " has no count or for_each, so it takes no index: write \"" + d.stepKey() + "\".");
        continue;
      }
      g.edge(target.address(), s.address(), d.range(), diags);
    }
  }
}
