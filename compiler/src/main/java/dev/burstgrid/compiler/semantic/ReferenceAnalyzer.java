package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.schema.RunnerSchema;
import dev.burstgrid.compiler.syntax.Attribute;
import dev.burstgrid.compiler.syntax.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves every reference of every declaration; see {@link Analysis}. */
public final class ReferenceAnalyzer {
  private final GridModel model;
  private final Diagnostics diags;
  private final ReferenceResolver resolver;

  private ReferenceAnalyzer(GridModel model, Diagnostics diags) {
    this.model = model;
    this.diags = diags;
    this.resolver = new ReferenceResolver(model, diags);
  }

  public static Analysis analyze(GridModel model, Diagnostics diags) {
    return new ReferenceAnalyzer(model, diags).run();
  }

  private Analysis run() {
    Map<StepDecl, List<Ref>> stepRefs = new LinkedHashMap<>();
    Map<StepDecl, Map<String, ResourceDecl>> uses = new LinkedHashMap<>();
    for (StepDecl s : model.steps().values()) {
      ReferenceResolver.Site site = new ReferenceResolver.Site(
          s.address(), s.count() != null, s.forEach() != null, true).inRace(!s.controls().race().isEmpty());
      ReferenceResolver.Site meta = new ReferenceResolver.Site(
          "the count or for_each of " + s.address(), false, false, true);
      List<Ref> refs = new ArrayList<>();
      if (s.count() != null) {
        refs(s.count().expr(), meta, refs);
      }
      if (s.forEach() != null) {
        refs(s.forEach().expr(), meta, refs);
      }
      for (Attribute a : s.arguments().values()) {
        refs(a.expr(), site, refs);
      }
      if (s.controls().condition() != null) {
        refs(s.controls().condition().expr(), site, refs);
      }
      ReferenceResolver.Site check = new ReferenceResolver.Site(
          "a check of " + s.address(), s.count() != null, s.forEach() != null, true, s);
      for (CheckDecl c : s.checks()) {
        refs(c.condition().expr(), check, refs);
        if (c.errorMessage() != null) {
          refs(c.errorMessage().expr(), check, refs);
        }
      }
      StepControlsDecl.RetryDecl retry = s.controls().retry();
      if (retry != null && retry.on() != null) {
        refs(retry.on().expr(), new ReferenceResolver.Site("the retry condition of " + s.address(), s.count() != null,
            s.forEach() != null, true, s, true), refs);
      }
      uses.put(s, uses(s, refs));
      stepRefs.put(s, refs);
    }
    ConditionalReads.check(stepRefs, diags);
    Map<ResourceDecl, List<Ref>> resourceRefs = new LinkedHashMap<>();
    for (ResourceDecl r : model.resources().values()) {
      ReferenceResolver.Site site = new ReferenceResolver.Site(r.address(), false, false, true);
      List<Ref> refs = new ArrayList<>();
      for (Attribute a : r.arguments().values()) {
        refs(a.expr(), site, refs);
      }
      resourceRefs.put(r, refs);
    }
    Map<LocalDecl, List<Ref>> localRefs = new LinkedHashMap<>();
    for (LocalDecl l : model.locals().values()) {
      List<Ref> refs = new ArrayList<>();
      refs(l.attribute().expr(), new ReferenceResolver.Site("local." + l.name(), false, false, true), refs);
      localRefs.put(l, refs);
    }
    for (VariableDecl v : model.variables().values()) {
      if (v.defaultExpr() != null) {
        for (Traversal t : TraversalCollector.collect(v.defaultExpr())) {
          diags.error("grid/variable-default-reference", t.range(), "Variables not allowed",
              "The default of variable \"" + v.name() + "\" must be a constant; it cannot refer to "
                  + t.root() + ". Use a local value for derived values.");
          diags.markInvalid(t.range());
        }
      }
    }
    for (ScenarioDecl sc : model.scenarios().values()) {
      ReferenceResolver.Site site = new ReferenceResolver.Site(
          "scenario \"" + sc.name() + "\"", false, false, false);
      for (Attribute a : sc.options().values()) {
        List<Ref> refs = new ArrayList<>();
        refs(a.expr(), site, refs);
        for (Ref r : refs) {
          if (r.target() instanceof Target.IterationRef) {
            diags.error("grid/invalid-reference", r.traversal().range(), "Iteration values not allowed here",
                "A scenario's options are read before any virtual user starts, so they cannot refer to "
                    + r.traversal().root() + ".");
          }
        }
      }
    }
    Map<OutputDecl, List<Ref>> outputRefs = new LinkedHashMap<>();
    for (OutputDecl o : model.outputs().values()) {
      List<Ref> refs = new ArrayList<>();
      refs(o.value(), new ReferenceResolver.Site("output \"" + o.name() + "\"", false, false, true), refs);
      outputRefs.put(o, refs);
    }
    return new Analysis(model, stepRefs, resourceRefs, localRefs, outputRefs, uses);
  }

  private void refs(Expr expr, ReferenceResolver.Site site, List<Ref> out) {
    for (Traversal t : TraversalCollector.collect(expr)) {
      Target target = resolver.resolve(t, site);
      if (target instanceof Target.ResourceRef rr) {
        diags.error("grid/resource-as-value", t.range(), "Resource used as a value",
            rr.resource().address() + " is a live resource, not a value: pass it to a step with"
                + " uses { NAME = " + rr.resource().address() + " }.");
        diags.markInvalid(t.range());
      } else if (target != null) {
        out.add(new Ref(t, target));
      }
    }
  }

  /** Each uses entry must be exactly resource.TYPE.NAME of the asset type the runner needs. */
  private Map<String, ResourceDecl> uses(StepDecl s, List<Ref> refs) {
    Map<String, ResourceDecl> result = new LinkedHashMap<>();
    for (StepDecl.UsesEntry u : s.uses().values()) {
      List<Traversal> ts = TraversalCollector.collect(u.expr());
      Traversal t = ts.size() == 1 && ts.get(0).expr() == u.expr() ? ts.get(0) : null;
      if (t == null || !t.root().equals("resource") || t.parts().size() != 2) {
        diags.error("grid/invalid-uses", u.expr().range(), "Invalid uses entry",
            "A uses entry names one resource: " + u.name() + " = resource.TYPE.NAME.");
        continue;
      }
      Target target = resolver.resolve(t, new ReferenceResolver.Site(s.address(), false, false, false));
      if (!(target instanceof Target.ResourceRef rr)) {
        continue;
      }
      RunnerSchema.UsesSlot slot = s.schema() == null ? null : s.schema().slot(u.name());
      if (slot != null && !slot.assetType().equals(rr.resource().assetType())) {
        diags.error("grid/uses-type-mismatch", u.expr().range(), "Wrong resource type in uses",
            "\"" + u.name() + "\" of runner \"" + s.runnerType() + "\" needs a resource of type \""
                + slot.assetType() + "\", but " + rr.resource().address() + " is a \""
                + rr.resource().assetType() + "\".");
        continue;
      }
      refs.add(new Ref(t, target));
      result.put(u.name(), rr.resource());
    }
    return result;
  }
}
