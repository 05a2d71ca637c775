package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.cli.bench.GridBench;
import dev.burstgrid.compiler.cli.bench.JmhOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bggoc build PATH --bench -o bench.jar [-var k=v]... [-p NAME=V1,V2]...}: a runnable JMH jar. */
final class BenchBuildOptions {
  @Mixin VariableOptions variables;

  @Option(names = "-p", paramLabel = "NAME=V1,V2",
      description = "With --bench: grid variable NAME becomes a JMH parameter with these values (java -jar"
          + " bench.jar -p NAME=... overrides them). Repeatable.")
  List<String> params = new ArrayList<>();

  /** Whether -var or -p was given. */
  boolean any() {
    return variables.any() || !params.isEmpty();
  }

  /** Writes the jar; the caller reports the exits and write errors. */
  void build(GridPathOptions grid, Path output, PrintWriter err) throws CommandExit, IOException {
    GridBench.Grid compiled = BenchGrid.compile(grid, variables, params, err);
    GridBench.writeRunnableJar(compiled, JmhOptions.parseParams(params), output);
    err.println("Wrote " + output + ": run it with java -jar " + output + " [JMH options, e.g. -f 1 -i 5 -rf json]");
  }
}
