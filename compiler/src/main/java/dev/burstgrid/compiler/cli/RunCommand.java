package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.codegen.InMemoryCompiler;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.Verbosity;
import dev.burstgrid.compiler.inputs.DeclaredVariables;
import dev.burstgrid.lang.SecretRedactor;
import dev.burstgrid.lang.function.GridRandom;
import dev.burstgrid.lang.load.GridLoad;
import dev.burstgrid.lang.load.LoadFlags;
import dev.burstgrid.lang.load.ReportFlags;
import dev.burstgrid.lang.load.LoadArguments;
import dev.burstgrid.runtime.report.ReportDiagnostic;
import dev.burstgrid.runtime.report.ReportTargets;
import dev.burstgrid.runtime.report.ReportedRun;
import dev.burstgrid.lang.value.Value;
import java.nio.file.Path;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bggoc run PATH}: compiles a grid in memory and runs it. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Compiles a grid in memory and runs it. print output goes to stdout; progress and the"
        + " summary to stderr.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every step succeeded (under load: the run completed)", "1:a step failed",
        "2:bad arguments or variable values", "3:the grid has compile errors", "99:a threshold failed",
        "130:interrupted"})
final class RunCommand implements Callable<Integer> {
  @Mixin GridPathOptions grid;

  @Mixin VariableOptions variables;

  @Mixin LoadOptions load;

  @Option(names = "--quiet", description = "Show only failures and the summary on stderr.")
  boolean quiet;

  @Option(names = "--verbose", description = "Show every step event on stderr (the default).")
  boolean verbose;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seeds random_int, random_string and uuid, so that a run can be replayed.")
  Long seed;

  @Option(names = "--max-concurrency", paramLabel = "N",
      description = "Run at most N step instances at once in the whole run; the rest wait their turn.")
  Integer maxConcurrency;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Keep the outputs of cache = true steps in DIR, and reuse those of earlier runs.")
  Path cacheDir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (maxConcurrency != null && maxConcurrency < 1) {
        String problem = "--max-concurrency must be at least 1, not " + maxConcurrency + ".";
        err.println("bggoc: " + problem);
        throw CommandExit.usage(problem);
      }
      GridGeneration.Generated generated = GridGeneration.generate(grid, err);
      Map<String, Value> given = variables.values(generated.result().model(), err);
      InMemoryCompiler.Compiled compiled = GridGeneration.compile(generated, err);
      if (seed != null) {
        GridRandom.seed(seed);
      }
      SecretRedactor secrets = SecretRedactor.of(DeclaredVariables.of(generated.result().model()), given);
      RunOptions options = RunOptions.builder()
          .out(secrets.wrap(new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8)))
          .err(secrets.wrap(new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8)))
          .redactor(secrets)
          .verbosity(quiet ? Verbosity.QUIET : Verbosity.NORMAL)
          .cancelOnShutdown(true)
          .gridDirectory(gridDirectory(grid.path))
          .maxConcurrency(maxConcurrency(maxConcurrency))
          .cacheDir(cacheDir)
          .build();
      try {
        LoadFlags flags = parsed(load::flags, err);
        GridLoad underLoad = load(compiled.gridClass(), given, err);
        if (underLoad.isLoad(flags)) {
          ReportFlags reports = parsed(load::reports, err);
          try {
            return underLoad.run(grid.path.toString(), flags, reports, options, quiet);
          } catch (IllegalArgumentException e) { // before the start: an unknown --scenario
            err.println("bggoc: " + e.getMessage());
            throw CommandExit.usage(e.getMessage());
          }
        }
        ReportFlags reports = parsed(load::reports, err);
        reports.warnIfLoadOnly(options.err());
        return ReportedRun.once(grid.path.toString(), options, o -> run(compiled.gridClass(), o, given, err),
            reports.targets()).exitCode(options.err());
      } finally {
        secrets.finish(options.out());
        secrets.finish(options.err());
      }
    } catch (CommandExit e) {
      return notStarted(e, err);
    }
  }

  /**
   * The exit code of a run that could not start, after writing the reports asked for: a CI job
   * that asked for a report gets one, saying why.
   */
  private int notStarted(CommandExit e, PrintWriter err) {
    ReportTargets targets = load.targets();
    if (!targets.any() || grid.path == null) {
      return e.code();
    }
    return written(ReportedRun.notStarted(grid.path.toString(), e.code(), e.why(), targets), err);
  }

  /**
   * A {@code bggoc run} command line picocli rejected ({@code args} from {@code run} on):
   * exit 2, after writing the reports it asks for.
   */
  static int notStarted(String[] args, String problem, PrintWriter err) {
    List<String> list = List.of(args);
    int run = list.indexOf("run");
    String grid = run >= 0 && run + 1 < args.length && !args[run + 1].startsWith("-") ? args[run + 1] : "bggoc run";
    return written(ReportedRun.notStarted(grid, ExitCodes.USAGE, List.of(ReportDiagnostic.usage(problem)),
        LoadArguments.targetsIn(args)), err);
  }

  private static int written(ReportedRun.Outcome outcome, PrintWriter err) {
    outcome.writeProblems().forEach(problem -> err.println("bggoc: cannot write the report " + problem));
    err.flush();
    return outcome.exitCode();
  }

  private static int maxConcurrency(Integer n) {
    return n == null ? 0 : n;
  }

  /** Where the grid's relative file names point: the directory given, or the file's. */
  static Path gridDirectory(Path path) {
    Path absolute = path.toAbsolutePath();
    return java.nio.file.Files.isDirectory(absolute) || absolute.getParent() == null
        ? absolute : absolute.getParent();
  }

  /** An option's value parsed by {@code parse}; its IllegalArgumentException is a usage error. */
  private static <T> T parsed(java.util.function.Supplier<T> parse, PrintWriter err) throws CommandExit {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      err.println("bggoc: " + e.getMessage());
      throw CommandExit.usage(e.getMessage());
    }
  }

  /** The grid's iteration, scenarios and thresholds ({@code XGrid.load(variables)}). */
  static GridLoad load(Class<?> gridClass, Map<String, Value> given, PrintWriter err) throws CommandExit {
    return (GridLoad) call(gridClass, new Class<?>[] {Map.class}, new Object[] {given}, "load", err);
  }

  static RunResult run(Class<?> gridClass, RunOptions options, Map<String, Value> given, PrintWriter err)
      throws CommandExit {
    return (RunResult) call(gridClass, new Class<?>[] {RunOptions.class, Map.class}, new Object[] {options, given},
        "run", err);
  }

  /** Calls a static method of the generated class; its IllegalArgumentException is a usage error (bad inputs). */
  private static Object call(Class<?> gridClass, Class<?>[] types, Object[] args, String method, PrintWriter err)
      throws CommandExit {
    try {
      Method m = gridClass.getMethod(method, types);
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        err.println("bggoc: " + bad.getMessage());
        throw CommandExit.usage(bad.getMessage());
      }
      throw new IllegalStateException("the generated grid failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot call the generated grid: " + e, e);
    }
  }

}
