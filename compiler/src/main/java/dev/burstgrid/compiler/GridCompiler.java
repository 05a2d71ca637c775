package dev.burstgrid.compiler;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.plan.DependencyGraph;
import dev.burstgrid.compiler.plan.GraphBuilder;
import dev.burstgrid.compiler.plan.Plan;
import dev.burstgrid.compiler.plan.Planner;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Value;
import java.util.Map;
import dev.burstgrid.compiler.inputs.VariableValidation;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.semantic.Analysis;
import dev.burstgrid.compiler.semantic.ExpressionLimits;
import dev.burstgrid.compiler.semantic.GridBinder;
import dev.burstgrid.compiler.semantic.GridFileCalls;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.ReferenceAnalyzer;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.ConfigFile;
import dev.burstgrid.compiler.syntax.HclParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiler pipeline: parse → read file() and templatefile() → limit expression sizes → bind →
 * resolve references → validate variables → build the DAG → plan (evaluate, expand, type-check).
 * Syntax errors and oversized expressions stop it; from binding on, a stage marks what it found
 * invalid and the later ones go on checking everything else, so one run reports every
 * independent error.
 */
public final class GridCompiler {
  private GridCompiler() {}

  /** What a check produced; the later fields are null when an earlier stage failed. */
  public record Result(
      List<SourceFile> sources,
      Diagnostics diagnostics,
      GridModel model,
      Analysis analysis,
      DependencyGraph graph,
      Plan plan) {

    public boolean ok() {
      return !diagnostics.hasErrors();
    }
  }

  /** Checks a grid whose variables may be left unknown ({@code bggoc check}). */
  public static Result check(List<SourceFile> sources, ModuleCatalog catalog, Diagnostics diags) {
    return check(sources, catalog, Map.of(), false, diags);
  }

  /**
   * @param inputs variable values given on the command line
   * @param requireInputs whether a variable without input or default is an error (a run)
   */
  public static Result check(List<SourceFile> sources, ModuleCatalog catalog, Map<String, Value> inputs,
      boolean requireInputs, Diagnostics diags) {
    List<ConfigFile> files = parse(sources, diags);
    if (diags.hasErrors()) {
      return stopped(sources, diags);
    }
    files = GridFileCalls.expand(files, diags);
    if (!withinLimits(files, diags)) {
      return stopped(sources, diags);
    }
    // From here on a stage goes on after errors: invalid references and cycles are marked, and
    // what does not depend on them is still checked.
    GridModel model = GridBinder.bind(files, catalog, diags);
    Analysis analysis = ReferenceAnalyzer.analyze(model, diags);
    VariableValidation.check(model, inputs, diags);
    DependencyGraph graph = GraphBuilder.build(analysis, diags);
    List<String> order = graph.topologicalOrder(diags);
    Plan plan = Planner.plan(analysis, graph, order, inputs, requireInputs, Functions.standard(), diags);
    warnWithoutSteps(files, model, sources, diags);
    return new Result(sources, diags, model, analysis, graph, diags.hasErrors() ? null : plan);
  }

  /** Each file's syntax tree; a file with syntax errors still yields what its parser recovered. */
  private static List<ConfigFile> parse(List<SourceFile> sources, Diagnostics diags) {
    List<ConfigFile> files = new ArrayList<>();
    for (SourceFile source : sources) {
      files.add(HclParser.parseConfig(source, diags));
    }
    return files;
  }

  /** Whether no expression is too deep or too large; errors for those that are. */
  private static boolean withinLimits(List<ConfigFile> files, Diagnostics diags) {
    int before = diags.errorCount();
    ExpressionLimits.check(files, diags);
    return diags.errorCount() == before;
  }

  private static Result stopped(List<SourceFile> sources, Diagnostics diags) {
    return new Result(sources, diags, null, null, null, null);
  }

  /**
   * A grid with no step block gets a warning; one whose step blocks were all rejected (an invalid
   * label, a duplicate) does not: their errors already say why nothing will run.
   */
  private static void warnWithoutSteps(List<ConfigFile> files, GridModel model, List<SourceFile> sources,
      Diagnostics diags) {
    boolean anyStepBlock = files.stream()
        .anyMatch(f -> f.body().blocks().stream().anyMatch(b -> b.type().equals("step")));
    if (model.steps().isEmpty() && !anyStepBlock) {
      diags.warning("grid/no-steps", sources.get(0).range(0, 0), "Grid has no steps",
          "Nothing will run. Add a step block, e.g. step \"print\" \"hello\" { arguments { input = \"hi\" } }.");
    }
  }
}
