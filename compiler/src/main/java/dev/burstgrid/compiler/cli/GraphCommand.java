package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.plan.DepEdge;
import dev.burstgrid.compiler.plan.GraphRenderer;
import dev.burstgrid.compiler.semantic.DependsOn;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.compiler.semantic.StepDecl;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.burstgrid.lang.value.Value;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bggoc graph PATH --format dot|mermaid}. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Prints the grid's dependency graph as Graphviz DOT or a Mermaid flowchart; -var and"
        + " -var-file set the variables its counts and for_each depend on.")
final class GraphCommand implements Callable<Integer> {
  enum Format { dot, mermaid }

  @Mixin GridPathOptions grid;

  @Option(names = "--format", defaultValue = "dot", description = "dot or mermaid. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin VariableOptions variables;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diags = new Diagnostics();
    GridCompiler.Result result;
    try {
      ClassLoader loader = grid.classLoader();
      result = CompileSession.check(grid, loader, diags, err);
      if (result.ok() && variables.any()) { // plan again with the values given: counts may change
        Map<String, Value> given = variables.values(result.model(), err);
        diags = new Diagnostics();
        result = CompileSession.check(grid, loader, given, diags, err);
      }
    } catch (UsageException e) {
      err.println("bggoc: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (CommandExit e) {
      return e.code();
    }
    CompileSession.printText(diags, err);
    if (!result.ok()) {
      return ExitCodes.COMPILE_ERRORS;
    }
    List<GraphRenderer.Node> nodes = new ArrayList<>();
    for (String address : result.plan().order()) {
      nodes.add(new GraphRenderer.Node(address, GraphLabels.label(result, address), kind(address)));
    }
    List<DepEdge> deps = new ArrayList<>(result.graph().edges());
    deps.sort(Comparator.comparing(DepEdge::from).thenComparing(DepEdge::to));
    Set<List<String>> races = raceEdges(result.model());
    List<GraphRenderer.Edge> edges = new ArrayList<>();
    for (DepEdge d : deps) {
      edges.add(new GraphRenderer.Edge(d.from(), d.to(), races.contains(List.of(d.from(), d.to()))));
    }
    out.print(format == Format.dot ? GraphRenderer.dot(nodes, edges) : GraphRenderer.mermaid(nodes, edges));
    return ExitCodes.OK;
  }

  /**
   * The (from, to) pairs that come from depends_on_any. A race entry cannot also be referenced or
   * named in depends_on (RaceChecks), so such an edge is a race edge only.
   */
  private static Set<List<String>> raceEdges(GridModel model) {
    Set<List<String>> races = new HashSet<>();
    for (StepDecl step : model.steps().values()) {
      for (DependsOn entry : step.controls().race()) {
        StepDecl target = model.steps().get(entry.stepKey());
        if (target != null) {
          races.add(List.of(target.address(), step.address()));
        }
      }
    }
    return races;
  }

  private static String kind(String address) {
    return address.substring(0, address.indexOf('.'));
  }
}
