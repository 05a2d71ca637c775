package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.cli.bench.GridBench;
import dev.burstgrid.compiler.cli.bench.JmhOptions;
import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import dev.burstgrid.compiler.inputs.DeclaredVariables;
import dev.burstgrid.lang.GridInputs;
import dev.burstgrid.lang.GridVariable;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bggoc bench PATH}: one iteration of a grid as a JMH benchmark, run by JMH. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks one iteration of a grid with JMH (its options, table and JSON). Defaults for I/O"
        + " scenarios: 3 x 5s warm-up, 5 x 5s measurement, 1 fork, -bm sample, -tu ms.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the benchmark ran (and no row regressed)", "1:a step failed, or JMH did",
        "2:bad arguments or variable values", "3:the grid has compile errors",
        "99:a row regressed against --baseline"})
final class BenchCommand implements Callable<Integer> {
  @Mixin GridPathOptions grid;

  @Mixin VariableOptions variables;

  @Mixin JmhOptions jmh;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "A JMH JSON result of an earlier run: compare every row with it; exit 99 on a regression.")
  Path baseline;

  @Option(names = "--max-regression", paramLabel = "PERCENT", defaultValue = "10%",
      description = "How much worse than the baseline a score may be, beyond both error bars (default 10%%).")
  String maxRegression;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      GridGeneration.Generated generated = GridGeneration.generate(grid, err);
      Map<String, Value> given = variables.values(generated.result().model(), err);
      InMemoryCompiler.Compiled compiled = GridGeneration.compile(generated, err);
      List<Path> classPath = new ArrayList<>(GridClassPath.of(generated.loader(), generated.grid()));
      classPath.addAll(JmhClassPath.entries());
      try {
        checkParams(DeclaredVariables.of(generated.result().model()), given);
        GridBench.Grid bench = new GridBench.Grid(GridGeneration.gridName(grid.path), compiled.gridClass(),
            compiled.classFiles(), given, classPath);
        return GridBench.run(bench, jmh, GridBench.Baseline.of(baseline, maxRegression), out, err);
      } catch (IllegalArgumentException e) {
        err.println("bggoc: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    } catch (CommandExit e) {
      return e.code();
    }
  }

  /** Every -p value must be one the grid accepts for that variable. */
  private void checkParams(List<GridVariable> declared, Map<String, Value> given) {
    GridBench.params(jmh).forEach((name, values) -> {
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
