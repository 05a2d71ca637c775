package dev.burstgrid.lang;

import dev.burstgrid.lang.function.GridRandom;
import dev.burstgrid.lang.load.LoadArguments;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.Verbosity;
import dev.burstgrid.runtime.report.ReportedRun;
import dev.burstgrid.lang.value.Value;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of a built grid ({@code java -jar grid.jar -var k=v … }) and what a run
 * reports at its end. Generated {@code main} methods delegate here.
 */
public final class GridLauncher {
  /** Bad command-line arguments or variable values. */
  public static final int EXIT_USAGE = 2;

  private GridLauncher() {}

  /** Parses {@code args}, runs the grid, and exits the JVM with the run's exit code. */
  public static void main(String[] args, String gridName, List<GridVariable> declared, GridProgram program) {
    System.exit(launch(args, System.getenv(), gridName, declared, program, null, System.out, System.err));
  }

  /** As {@link #main(String[], String, List, GridProgram)}, with the load options of {@code bggoc run}. */
  public static void main(String[] args, String gridName, List<GridVariable> declared, GridProgram program,
      GridLoader loader) {
    System.exit(launch(args, System.getenv(), gridName, declared, program, loader, System.out, System.err));
  }

  /** What {@link #main} does, returning the exit code instead of exiting. */
  public static int launch(String[] args, String gridName, List<GridVariable> declared, GridProgram program,
      PrintStream out, PrintStream err) {
    return launch(args, System.getenv(), gridName, declared, program, null, out, err);
  }

  /**
   * As {@link #launch(String[], String, List, GridProgram, PrintStream, PrintStream)}, reading
   * {@code BGGO_VAR_name} variables from {@code environment}: they come first, then {@code -var}
   * and {@code -var-file} in command-line order, a later value replacing an earlier one.
   */
  public static int launch(String[] args, Map<String, String> environment, String gridName,
      List<GridVariable> declared, GridProgram program, PrintStream out, PrintStream err) {
    return launch(args, environment, gridName, declared, program, null, out, err);
  }

  /**
   * The launcher of a grid that also runs under load ({@code loader} not null): {@code --vus},
   * {@code --duration}, {@code --iterations}, {@code --rate}, {@code --max-vus}, {@code --stages},
   * {@code --scenario} and {@code --summary-trend-stats} as in {@code bggoc run}.
   */
  public static int launch(String[] args, Map<String, String> environment, String gridName,
      List<GridVariable> declared, GridProgram program, GridLoader loader, PrintStream out, PrintStream err) {
    Map<String, Value> given = new LinkedHashMap<>();
    Verbosity verbosity = Verbosity.NORMAL;
    LoadArguments load = new LoadArguments();
    int maxConcurrency = 0;
    Path cacheDir = null;
    try {
      if (Arrays.asList(args).contains("-h") || Arrays.asList(args).contains("--help")) {
        err.print(usage(gridName, declared));
        return 0;
      }
      GridInputs.addEnvironment(environment, declared, given);
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--quiet") || a.equals("-q")) {
          verbosity = Verbosity.QUIET;
        } else if (a.equals("--verbose") || a.equals("-v")) {
          verbosity = Verbosity.NORMAL;
        } else if (a.equals("--seed")) {
          GridRandom.seed(seedOf(next(args, ++i, a)));
        } else if (a.equals("--cache-dir")) {
          cacheDir = Path.of(next(args, ++i, a));
        } else if (a.equals("--max-concurrency")) {
          maxConcurrency = maxConcurrencyOf(next(args, ++i, a));
        } else if (a.equals("-var") || a.equals("--var")) {
          GridInputs.addAssignment(next(args, ++i, a), declared, given);
        } else if (a.startsWith("-var=") || a.startsWith("--var=")) {
          GridInputs.addAssignment(a.substring(a.indexOf('=') + 1), declared, given);
        } else if (a.equals("-var-file") || a.equals("--var-file")) {
          GridInputs.addFile(Path.of(next(args, ++i, a)), declared, given);
        } else if (a.startsWith("-var-file=") || a.startsWith("--var-file=")) {
          GridInputs.addFile(Path.of(a.substring(a.indexOf('=') + 1)), declared, given);
        } else if (loader != null && load.accepts(a)) {
          load.add(a, next(args, ++i, a));
        } else {
          throw new IllegalArgumentException("Unknown argument \"" + a + "\".");
        }
      }
      Map<String, Value> variables = GridInputs.resolve(declared, given);
      SecretRedactor secrets = SecretRedactor.of(declared, variables);
      RunOptions options = RunOptions.builder().out(secrets.wrap(out)).err(secrets.wrap(err)).redactor(secrets)
          .verbosity(verbosity)
          .cancelOnShutdown(true).maxConcurrency(maxConcurrency).cacheDir(cacheDir).build();
      try {
        if (loader == null) {
          return program.run(options, variables).exitCode();
        }
        dev.burstgrid.lang.load.GridLoad grid = loader.load(variables);
        dev.burstgrid.lang.load.LoadFlags flags = load.flags();
        if (grid.isLoad(flags)) {
          return grid.run(gridName, flags, load.reports(), options, verbosity == Verbosity.QUIET);
        }
        load.reports().warnIfLoadOnly(err);
        return ReportedRun.once(gridName, options, o -> program.run(o, variables), load.reports().targets())
            .exitCode(options.err());
      } finally {
        secrets.finish(options.out());
        secrets.finish(options.err());
      }
    } catch (IllegalArgumentException e) {
      err.println(gridName + ": " + e.getMessage());
      err.println("Run with --help for usage.");
      return loader == null ? EXIT_USAGE : notStarted(args, gridName, e.getMessage(), err);
    }
  }

  /** Exit 2 after writing the reports the command line asks for, saying why the run did not start. */
  private static int notStarted(String[] args, String gridName, String problem, PrintStream err) {
    dev.burstgrid.runtime.report.ReportTargets targets = LoadArguments.targetsIn(args);
    if (!targets.any()) {
      return EXIT_USAGE;
    }
    return ReportedRun.notStarted(gridName, EXIT_USAGE,
        List.of(dev.burstgrid.runtime.report.ReportDiagnostic.usage(problem)), targets).exitCode(err);
  }

  private static long seedOf(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seed takes a whole number, not \"" + text + "\".");
    }
  }

  /** {@code --max-concurrency N}, as {@code bggoc run} takes it: a whole number of at least 1. */
  private static int maxConcurrencyOf(String text) {
    int n;
    try {
      n = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1) {
      throw new IllegalArgumentException("--max-concurrency must be at least 1, not " + text + ".");
    }
    return n;
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value.");
    }
    return args[i];
  }

  private static String usage(String gridName, List<GridVariable> declared) {
    StringBuilder sb = new StringBuilder();
    sb.append("Usage: java -jar ").append(gridName).append(".jar [-var NAME=VALUE]... [-var-file FILE]...")
        .append(" [--seed N] [--quiet|--verbose]\n       [--max-concurrency N] [--cache-dir DIR] [--vus N] [--duration D] [--iterations N] [--rate R]")
        .append(" [--max-vus N] [--stages D:N,...] [--scenario NAME]")
        .append("\n       [--report-json F] [--report-junit F] [--report-html F] [--report-interval D]")
        .append(" [--segment i/N] [--start-at INSTANT]\n\nRuns the grid ").append(gridName)
        .append(" once, or under load with the load options or the grid's scenarios.\n");
    if (!declared.isEmpty()) {
      sb.append("\nVariables (also set by environment variables ").append(GridInputs.ENV_PREFIX)
          .append("NAME; -var and -var-file apply after them, in order):\n");
      for (GridVariable v : declared) {
        sb.append(variableLine(v));
      }
    }
    sb.append("\n-var VALUE is the text for a string variable and an HCL constant for other types")
        .append(" (3, true, [1, 2], {k = \"v\"}).\n-var-file FILE is a JSON object (.json) or HCL lines")
        .append(" NAME = VALUE of constants.\n");
    sb.append("\nExit codes: 0 success, 1 a step failed, 2 bad arguments, 99 a threshold failed (under load),\n"
        + "130 interrupted.\n");
    return sb.toString();
  }

  /** {@code   name  number, default 3, sensitive  — How many users.} */
  static String variableLine(GridVariable v) {
    StringBuilder sb = new StringBuilder("  ").append(v.name()).append("  ").append(v.type().friendlyName());
    if (v.defaultWithheld()) {
      sb.append(", required (its default is not packaged: sensitive)");
    } else if (v.defaultValue() == null) {
      sb.append(", required");
    } else if (v.sensitive()) {
      sb.append(", has a default");
    } else {
      sb.append(", default ").append(Json.encode(v.defaultValue()));
    }
    if (v.sensitive()) {
      sb.append(", sensitive");
    }
    if (!v.description().isEmpty()) {
      sb.append("\n      ").append(v.description().replace("\n", "\n      "));
    }
    return sb.append('\n').toString();
  }

  /**
   * Prints one {@code output} block of a finished run on the err stream: {@code output "name" =
   * <json>}, or {@code (sensitive)} in place of a sensitive value. A value that cannot be
   * computed is reported, not thrown.
   */
  public static void printOutput(
      RunOptions options, String name, boolean sensitive, GridValues.Computation value) {
    if (options.verbosity() == Verbosity.SILENT) {
      return;
    }
    PrintStream err = options.err();
    String shown;
    if (sensitive) {
      shown = "(sensitive)";
    } else {
      try {
        shown = Json.display(value.get());
      } catch (Exception e) {
        shown = "(not available: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
      }
    }
    err.println("output \"" + name + "\" = " + shown);
    err.flush();
  }
}
