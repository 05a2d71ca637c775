package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.cli.bench.GridBench;
import dev.burstgrid.compiler.cli.bench.JmhOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bggoc bench PATH}: one iteration of a grid as a JMH benchmark, run by JMH. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks one iteration of a grid with JMH (its options, table and JSON). Defaults for I/O"
        + " scenarios: " + JmhOptions.DEFAULTS + ".",
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
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (baseline != null && !java.nio.file.Files.isReadable(baseline)) {
      err.println("bggoc: cannot read the baseline " + baseline + ": "
          + (java.nio.file.Files.exists(baseline) ? "it is not readable." : "it does not exist."));
      return ExitCodes.USAGE;
    }
    try {
      GridBench.Grid bench = BenchGrid.compile(grid, variables, jmh.params(), err);
      return GridBench.run(bench, jmh, GridBench.Baseline.of(baseline, maxRegression), out, err);
    } catch (IllegalArgumentException e) {
      err.println("bggoc: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("bggoc: cannot read or write a benchmark file: " + IoProblems.describe(e) + ".");
      return ExitCodes.USAGE;
    } catch (CommandExit e) {
      return e.code();
    }
  }
}
