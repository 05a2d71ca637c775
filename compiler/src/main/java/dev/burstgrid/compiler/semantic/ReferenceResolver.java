package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.schema.RecordSchema;
import dev.burstgrid.compiler.source.Range;
import java.util.List;
import java.util.Set;

/**
 * Checks one reference against the grid and says what it points at. Unknown steps,
 * resources, variables, locals and output fields are errors with a "did you mean"; so are
 * {@code count.index} outside a counted step and a group used as a single step.
 */
public final class ReferenceResolver {
  private static final Set<String> ROOTS =
      Set.of("step", "resource", "var", "local", "count", "each", "vu", "scenario");

  /**
   * Where a reference appears; decides which roots are allowed. {@code self} is the step whose
   * check is being read (null elsewhere).
   */
  public record Site(String description, boolean counted, boolean forEach, boolean allowSteps, StepDecl self,
      boolean selfError, boolean raced) {
    public Site(String description, boolean counted, boolean forEach, boolean allowSteps) {
      this(description, counted, forEach, allowSteps, null);
    }

    public Site(String description, boolean counted, boolean forEach, boolean allowSteps, StepDecl self) {
      this(description, counted, forEach, allowSteps, self, false);
    }

    public Site(String description, boolean counted, boolean forEach, boolean allowSteps, StepDecl self,
        boolean selfError) {
      this(description, counted, forEach, allowSteps, self, selfError, false);
    }

    /** This site in a step with {@code depends_on_any}, where {@code race.winner} and {@code race.index} are set. */
    public Site inRace(boolean raced) {
      return new Site(description, counted, forEach, allowSteps, self, selfError, raced);
    }
  }

  private final GridModel model;
  private final Diagnostics diags;

  public ReferenceResolver(GridModel model, Diagnostics diags) {
    this.model = model;
    this.diags = diags;
  }

  /**
   * The target, or null after reporting why the reference is invalid; an invalid reference is
   * marked, so evaluating it later adds no second error.
   */
  public Target resolve(Traversal t, Site site) {
    Target target = target(t, site);
    if (target == null) {
      diags.markInvalid(t.range());
    }
    return target;
  }

  private Target target(Traversal t, Site site) {
    switch (t.root()) {
      case "step":
        return step(t, site);
      case "resource":
        return resource(t);
      case "var":
        return named(t, "var", model.variables().keySet()) ? new Target.VarRef(model.variables().get(t.attrAt(0))) : null;
      case "local":
        return named(t, "local", model.locals().keySet()) ? new Target.LocalRef(model.locals().get(t.attrAt(0))) : null;
      case "count":
        return repetition(t, site.counted(), "count", Set.of("index"), site);
      case "each":
        return repetition(t, site.forEach(), "each", Set.of("key", "value"), site);
      case "vu":
        return iteration(t, "vu", Set.of("id", "iteration"));
      case "scenario":
        return iteration(t, "scenario", Set.of("name", "iteration"));
      case "race":
        if (site.raced()) {
          return iteration(t, "race", Set.of("winner", "index", "output"));
        }
        error(t.rootRange(), "Reference to \"race\" outside a race",
"race.winner, race.index and race.output are those of the step that won a depends_on_any; " + site.description()
                + " has no depends_on_any.");
        return null;
      case "self":
        if (site.self() != null) {
          return self(t, site.self(), site.selfError());
        }
        error(t.rootRange(), "Reference to \"self\" outside a check",
            "self stands for the step instance a check block is checking; " + site.description()
                + " is no check. Refer to the step by its address instead.");
        return null;
      default:
        error(t.rootRange(), "Unknown variable",
            "There is no variable named \"" + t.root() + "\"." + DidYouMean.phrase(t.root(), ROOTS)
                + " References start with step., resource., var., local., count., each., vu. or scenario.");
        return null;
    }
  }

  private void error(Range at, String summary, String detail) {
    diags.error("grid/invalid-reference", at, summary, detail);
  }

  private Range upTo(Traversal t, int parts) {
    Range r = t.rootRange();
    for (int i = 0; i < parts && i < t.parts().size(); i++) {
      r = r.to(t.parts().get(i).range());
    }
    return r;
  }

  private boolean named(Traversal t, String root, Set<String> names) {
    String name = t.attrAt(0);
    if (name == null) {
      error(t.range(), "Invalid reference",
          "A " + root + " reference is written " + root + ".NAME.");
      return false;
    }
    if (!names.contains(name)) {
      String kind = root.equals("var") ? "variable" : "local value";
      error(upTo(t, 1), "Reference to undeclared " + kind,
          "There is no " + kind + " named \"" + name + "\"." + DidYouMean.phrase(name, names)
              + (root.equals("var") ? " Declare it with variable \"" + name + "\" { … }."
                  : " Define it in a locals { … } block."));
      return false;
    }
    return true;
  }

  private Target repetition(Traversal t, boolean allowed, String root, Set<String> attrs, Site site) {
    if (!allowed) {
      String meta = root.equals("count") ? "count" : "for_each";
      error(t.range(), "Reference to \"" + root + "\" in non-" + (root.equals("count") ? "counted" : "for_each") + " context",
          root + "." + (t.attrAt(0) == null ? "…" : t.attrAt(0)) + " is only available inside a step that sets "
              + meta + "; " + site.description() + " does not.");
      return null;
    }
    String attr = t.attrAt(0);
    if (attr == null || !attrs.contains(attr)) {
      error(upTo(t, 1), "Invalid " + root + " attribute",
          root + " has " + String.join(" and ", attrs.stream().sorted().map(a -> root + "." + a).toList()) + "."
              + (attr == null ? "" : DidYouMean.phrase(attr, attrs)));
      return null;
    }
    return new Target.Repetition(root, attr);
  }

  private Target iteration(Traversal t, String root, Set<String> attrs) {
    String attr = t.attrAt(0);
    if (attr == null || !attrs.contains(attr)) {
      error(upTo(t, 1), "Invalid " + root + " attribute",
          root + " has " + String.join(" and ", attrs.stream().sorted().map(a -> root + "." + a).toList())
              + (root.equals("race") ? "." : " (in a run of one iteration: vu.id = 1, vu.iteration = 0,"
                  + " scenario.name = \"default\", scenario.iteration = 0).")
              + (attr == null ? "" : DidYouMean.phrase(attr, attrs)));
      return null;
    }
    return new Target.IterationRef(root, attr);
  }

  // self.output.status_code
  private Target self(Traversal t, StepDecl s, boolean error) {
    if (error && "error".equals(t.attrAt(0))) {
      return new Target.SelfRef(s); // retry { on = … }: the failed attempt's message
    }
    if (!"output".equals(t.attrAt(0))) {
      error(upTo(t, 1), "Unsupported attribute of self",
          error ? "A retry condition reads self.output.FIELD (after a success) or self.error (after a failure)."
              : "A check reads the step's results as self.output.FIELD.");
      return null;
    }
    String field = t.attrAt(1);
    RecordSchema out = s.schema() == null ? null : s.schema().output();
    if (field != null && out != null && out.field(field) == null) {
      error(t.parts().get(1).range(), "Unsupported attribute",
          "The output of " + s.address() + " (runner \"" + s.runnerType() + "\") has no field \"" + field + "\"."
              + DidYouMean.phrase(field, out.names()) + " Its fields: " + String.join(", ", out.names()) + ".");
      return null;
    }
    return new Target.SelfRef(s);
  }

  private Target resource(Traversal t) {
    String type = t.attrAt(0);
    String name = t.attrAt(1);
    if (type == null || name == null) {
      error(t.range(), "Invalid resource reference", "A resource reference is written resource.TYPE.NAME.");
      return null;
    }
    ResourceDecl r = model.resources().get(type + "." + name);
    if (r == null) {
      error(upTo(t, 2), "Reference to undeclared resource",
          "There is no resource \"" + type + "\" \"" + name + "\"."
              + suggestion(type + "." + name, model.resources().keySet(), "resource."));
      return null;
    }
    return new Target.ResourceRef(r);
  }

  private static String suggestion(String given, Set<String> keys, String prefix) {
    return DidYouMean.suggest(given, keys).map(k -> " Did you mean " + prefix + k + "?").orElse("");
  }

  private Target step(Traversal t, Site site) {
    String type = t.attrAt(0);
    String name = t.attrAt(1);
    if (type == null || name == null) {
      error(t.range(), "Invalid step reference",
          "A step reference is written step.RUNNER.NAME.output.FIELD.");
      return null;
    }
    StepDecl s = model.steps().get(type + "." + name);
    if (s == null) {
      error(upTo(t, 2), "Reference to undeclared step",
          "There is no step \"" + type + "\" \"" + name + "\"."
              + suggestion(type + "." + name, model.steps().keySet(), "step."));
      return null;
    }
    if (!site.allowSteps()) {
      error(upTo(t, 2), "Step reference not allowed here",
          site.description() + " is evaluated before any step runs, so it cannot refer to step outputs.");
      return null;
    }
    List<Traversal.Part> parts = t.parts();
    int next = 2;
    dev.burstgrid.compiler.syntax.Expr index = null;
    boolean all = false;
    if (next < parts.size() && parts.get(next) instanceof Traversal.Index i) {
      if (!s.isGroup()) {
        error(i.range(), "Step is not a group",
            s.address() + " has no count or for_each, so it is a single step: remove the index.");
        return null;
      }
      index = i.key();
      next++;
    } else if (next < parts.size() && parts.get(next) instanceof Traversal.Splat splat && s.forEach() != null) {
      String rest = restOf(t, next + 1);
      error(splat.range(), "Splat over a for_each group",
          s.address() + " sets for_each, so it is an object of instances keyed by each.key, and [*] applies"
              + " to lists only. Use values(" + s.address() + ")[*]" + (rest.isEmpty() ? "" : "." + rest)
              + " for a list of all of them, or " + s.address() + "[\"KEY\"]" + (rest.isEmpty() ? "" : "." + rest)
              + " for one.");
      return null;
    } else if (next < parts.size() && parts.get(next) instanceof Traversal.Splat) {
      all = true;
      next++;
    } else if (s.isGroup()) {
      all = true;
      if (next < parts.size()) {
        error(upTo(t, next + 1), "Missing index for a step group",
            s.address() + " sets " + (s.count() != null ? "count" : "for_each") + ", so it stands for many"
                + " instances: use " + s.address() + "[INDEX]." + restOf(t, next) + " for one, or "
                + s.address() + "[*]." + restOf(t, next) + " for all of them.");
        return null;
      }
    }
    if (next < parts.size()) {
      String attr = t.attrAt(next);
      if (!"output".equals(attr)) {
        Range at = parts.get(next).range();
        error(at, "Unsupported step attribute",
            "Steps expose their results as .output: write " + s.address() + ".output."
                + (attr == null ? "FIELD" : attr) + ".");
        return null;
      }
      String field = t.attrAt(next + 1);
      RecordSchema out = s.schema() == null ? null : s.schema().output();
      if (field != null && out != null && out.field(field) == null) {
        error(parts.get(next + 1).range(), "Unsupported attribute",
            "The output of " + s.address() + " (runner \"" + s.runnerType() + "\") has no field \"" + field + "\"."
                + DidYouMean.phrase(field, out.names())
                + (out.names().isEmpty() ? " It has no output fields." : " Its fields: " + String.join(", ", out.names()) + "."));
        return null;
      }
    }
    return new Target.StepRef(s, index, all);
  }

  private static String restOf(Traversal t, int from) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < t.parts().size(); i++) {
      if (t.parts().get(i) instanceof Traversal.Attr a) {
        sb.append(sb.length() == 0 ? "" : ".").append(a.name());
      } else {
        break;
      }
    }
    return sb.toString();
  }
}
