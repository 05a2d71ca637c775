package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.cli.bench.GridBench;
import dev.burstgrid.compiler.cli.bench.JmhOptions;
import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import dev.burstgrid.compiler.inputs.DeclaredVariables;
import dev.burstgrid.lang.GridInputs;
import dev.burstgrid.lang.GridVariable;
import dev.burstgrid.lang.value.Value;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid compiled for {@code bggoc bench} and {@code bggoc build --bench}: its classes, its -var
 * values, the class path its benchmark runs with (runtime, modules, JMH), and -p values checked
 * against the variables' types.
 */
final class BenchGrid {
  private BenchGrid() {}

  static GridBench.Grid compile(GridPathOptions grid, VariableOptions variables, List<String> params, PrintWriter err)
      throws CommandExit {
    GridGeneration.Generated generated = GridGeneration.generate(grid, err);
    Map<String, Value> given = variables.values(generated.result().model(), err);
    InMemoryCompiler.Compiled compiled = GridGeneration.compile(generated, err);
    try {
      checkParams(DeclaredVariables.of(generated.result().model()), given, JmhOptions.parseParams(params));
    } catch (IllegalArgumentException e) {
      err.println("bggoc: " + e.getMessage());
      throw new CommandExit(ExitCodes.USAGE);
    }
    List<Path> classPath = new ArrayList<>(GridClassPath.of(generated.loader(), generated.grid()));
    classPath.addAll(JmhClassPath.entries());
    return new GridBench.Grid(GridGeneration.gridName(grid.path), compiled.gridClass(), compiled.classFiles(), given,
        classPath);
  }

  /** Every -p value must be one the grid accepts for that variable. */
  private static void checkParams(List<GridVariable> declared, Map<String, Value> given,
      Map<String, List<String>> params) {
    params.forEach((name, values) -> {
      for (String v : values) {
        Map<String, Value> row = new HashMap<>(given);
        row.put(name, Value.string(v));
        try {
          GridInputs.resolve(declared, row);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("-p " + name + "=" + v + ": " + e.getMessage(), e);
        }
      }
    });
  }
}
