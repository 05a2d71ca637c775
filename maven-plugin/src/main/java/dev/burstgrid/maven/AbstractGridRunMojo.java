package dev.burstgrid.maven;

import dev.burstgrid.compiler.cli.EmbeddedCompiler;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that run grids ({@code run}, {@code bench}) share: variables, where results go, checking first. */
abstract class AbstractGridRunMojo extends AbstractGridMojo {
  /**
   * Variables for the grids, as {@code <NAME>VALUE</NAME>}. A string variable takes the text as it
   * is; other types read it as JSON ({@code <ports>[80, 443]</ports>}). Each grid gets the ones
   * it declares. {@code bggo.vars} and {@code bggo.var.NAME} override them.
   */
  @Parameter
  Map<String, String> variables;

  /**
   * More variables, as {@code NAME=VALUE,NAME=VALUE}; a comma ends a value only where {@code
   * NAME=} follows. Override {@code <variables>}; {@code -Dbggo.var.NAME=VALUE} overrides both.
   */
  @Parameter(property = "bggo.vars")
  String vars;

  /** Where each grid's output, reports and compiled classes go, one directory per grid, and the run summary. */
  @Parameter(property = "bggo.reportsDirectory", defaultValue = "${project.build.directory}/bggo")
  File reportsDirectory;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** {@code <variables>}, then {@code bggo.vars}, then {@code bggo.var.NAME}. */
  Map<String, String> givenVariables() throws GridBuildException {
    return GridVariables.merge(variables, vars, session.getUserProperties());
  }

  /** Checks every grid before running any, so that all compile errors show at once; warns of unused variables. */
  Map<GridDirectory.Grid, EmbeddedCompiler.Checked> checkAll(List<GridDirectory.Grid> selected, ClassLoader modules,
      Map<String, String> given) throws GridBuildException {
    Map<GridDirectory.Grid, EmbeddedCompiler.Checked> out = new LinkedHashMap<>();
    List<EmbeddedCompiler.Checked> failed = new ArrayList<>();
    for (GridDirectory.Grid grid : selected) {
      EmbeddedCompiler.Checked c = check(grid, modules);
      out.put(grid, c);
      if (!c.ok()) {
        failed.add(c);
      }
    }
    if (!failed.isEmpty()) {
      throw compileErrors(failed);
    }
    warnUnused(given, out.values());
    return out;
  }

  /** {@code -var NAME=VALUE} for each given variable the grid declares. */
  static List<String> variableArguments(EmbeddedCompiler.Checked checked, Map<String, String> given) {
    List<String> args = new ArrayList<>();
    for (String name : checked.variableNames()) {
      if (given.containsKey(name)) {
        args.add("-var");
        args.add(name + "=" + given.get(name));
      }
    }
    return args;
  }

  /** {@code 1 of 2 grids failed: smoke: a step failed (exit 1): …}, with each grid's reason. */
  static String failed(Map<String, String> failures, int total, String verb) {
    List<String> parts = new ArrayList<>();
    failures.forEach((grid, why) -> parts.add(grid + ": " + why));
    return failures.size() + " of " + total + (total == 1 ? " grid " : " grids ") + verb + ": "
        + String.join("; ", parts);
  }

  private void warnUnused(Map<String, String> given, Iterable<EmbeddedCompiler.Checked> grids) {
    Set<String> unused = new LinkedHashSet<>(given.keySet());
    for (EmbeddedCompiler.Checked c : grids) {
      c.variableNames().forEach(unused::remove);
    }
    if (!unused.isEmpty()) {
      getLog().warn("bggo: no grid declares the variable" + (unused.size() == 1 ? " " : "s ")
          + String.join(", ", unused) + "; check the names in <variables>, bggo.vars or bggo.var.NAME.");
    }
  }
}
