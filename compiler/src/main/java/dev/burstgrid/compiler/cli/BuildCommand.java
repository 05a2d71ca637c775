package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.codegen.GridJar;
import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import dev.burstgrid.compiler.codegen.JarLauncher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bggoc build PATH -o grid.jar}: a runnable jar with the runtime and modules inside. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Compiles a grid into a runnable jar: ./grid.jar (or java -jar grid.jar) [-var NAME=VALUE]..."
        + " [-var-file FILE].",
    footer = {"", "The jar holds the grid's class, the bggo runtime, the modules and their libraries. Run as"
        + " ./grid.jar it starts java (JAVA_HOME's, else the PATH's) with " + JarLauncher.DEFAULT_JAVA_OPTS
        + " (a small first heap; inlining limits that bring a load run to full speed sooner), or with"
        + " BGGO_JAVA_OPTS instead when that is set."})
final class BuildCommand implements Callable<Integer> {
  @Mixin GridPathOptions grid;

  @Option(names = {"-o", "--output"}, paramLabel = "JAR", required = true, description = "The jar to write.")
  Path output;

  @Option(names = "--bench", description = "Writes a runnable JMH jar of one iteration instead: java -jar bench.jar"
      + " takes every JMH option (-f, -i, -p NAME=V1,V2 for variables given here with -p).")
  boolean bench;

  @Mixin BenchBuildOptions benchOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String unwritable = IoProblems.unwritable(output);
    if (unwritable != null) {
      err.println("bggoc: cannot write " + output + ": " + unwritable + ".");
      return ExitCodes.USAGE;
    }
    if (!bench && benchOptions.any()) {
      err.println("bggoc: -var and -p go with --bench; a grid jar takes -var when it runs (java -jar grid.jar -var ...).");
      return ExitCodes.USAGE;
    }
    try {
      if (bench) {
        benchOptions.build(grid, output, err);
        return ExitCodes.OK;
      }
      writeJar(grid, output, err);
      err.println("Wrote " + output + ": run it with " + runCommand(output) + " [-var NAME=VALUE]...");
      return ExitCodes.OK;
    } catch (CommandExit e) {
      return e.code();
    } catch (IOException e) {
      err.println("bggoc: cannot write " + output + ": " + IoProblems.describe(e) + ".");
      return ExitCodes.USAGE;
    }
  }

  /** Compiles the grid and writes its runnable jar (also for {@code bggoc k8s}). */
  static void writeJar(GridPathOptions grid, Path output, PrintWriter err) throws CommandExit, IOException {
    GridGeneration.Generated generated = GridGeneration.generate(grid, err);
    InMemoryCompiler.Compiled compiled = GridGeneration.compile(generated, err);
    List<Path> classPath = GridClassPath.of(generated.loader(), generated.grid());
    GridJar.writeExecutable(output, generated.grid().className(), compiled.classFiles(), classPath);
  }

  /** How to run the jar at {@code output} from here: {@code ./grid.jar} for a bare file name. */
  private static String runCommand(Path output) {
    String path = output.toString();
    return (output.getParent() == null ? "./" + path : path) + " (or java -jar " + path + ")";
  }
}
