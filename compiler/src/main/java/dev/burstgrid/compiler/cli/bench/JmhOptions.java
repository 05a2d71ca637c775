package dev.burstgrid.compiler.cli.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Option;

/**
 * JMH's own options, passed through to JMH unchanged, with defaults that suit I/O scenarios
 * (a grid iteration takes milliseconds, not nanoseconds) where the user gives none.
 */
public final class JmhOptions {
  // The defaults, written once: BenchmarkSource writes them as JMH annotations, DEFAULTS as text.
  static final int WARMUP_ITERATIONS = 3;
  static final int WARMUP_SECONDS = 5;
  static final int MEASUREMENT_ITERATIONS = 5;
  static final int MEASUREMENT_SECONDS = 5;
  static final int FORKS = 1;

  /** The defaults as bggoc bench's help and header print them. */
  public static final String DEFAULTS = WARMUP_ITERATIONS + " x " + WARMUP_SECONDS + "s warm-up, "
      + MEASUREMENT_ITERATIONS + " x " + MEASUREMENT_SECONDS + "s measurement, " + FORKS + " fork, -bm sample, -tu ms";

  @Option(names = "-wi", paramLabel = "N", description = "Warm-up iterations (default " + WARMUP_ITERATIONS + ").")
  String warmupIterations;

  @Option(names = "-i", paramLabel = "N", description = "Measurement iterations (default " + MEASUREMENT_ITERATIONS
      + ").")
  String iterations;

  @Option(names = "-w", paramLabel = "TIME", description = "Time of each warm-up iteration (default "
      + WARMUP_SECONDS + "s).")
  String warmupTime;

  @Option(names = "-r", paramLabel = "TIME", description = "Time of each measurement iteration (default "
      + MEASUREMENT_SECONDS + "s).")
  String measurementTime;

  @Option(names = "-f", paramLabel = "N", description = "Forks (default " + FORKS + ").")
  String forks;

  @Option(names = "-t", paramLabel = "N", description = "Threads, i.e. concurrent virtual users (JMH's default 1).")
  String threads;

  @Option(names = "-bm", paramLabel = "MODE", description = "thrpt, avgt, sample, ss or all (default sample).")
  String mode;

  @Option(names = "-tu", paramLabel = "UNIT", description = "Time unit: ns, us, ms, s, m, h (default ms).")
  String timeUnit;

  @Option(names = "-rf", paramLabel = "FORMAT", description = "Result format: json, csv, scsv, text, latex.")
  String resultFormat;

  @Option(names = "-rff", paramLabel = "FILE", description = "Result file.")
  String resultFile;

  @Option(names = "-prof", paramLabel = "PROFILER", description = "A JMH profiler, e.g. gc. Repeatable.")
  List<String> profilers = new ArrayList<>();

  @Option(names = "-p", paramLabel = "NAME=V1,V2", description = "Runs one row per value of grid variable NAME."
      + " Repeatable.")
  List<String> params = new ArrayList<>();

  /**
   * JMH's arguments (only those given: the benchmark's annotations hold the defaults) for a run
   * whose JSON results go to {@code resultJson} unless -rff says otherwise, with the step metrics
   * profiler.
   */
  List<String> jmhArguments(String include, String resultJson, String stepProfiler) {
    List<String> args = new ArrayList<>();
    add(args, "-wi", warmupIterations, null);
    add(args, "-i", iterations, null);
    add(args, "-w", warmupTime, null);
    add(args, "-r", measurementTime, null);
    add(args, "-f", forks, null);
    add(args, "-bm", mode, null);
    add(args, "-t", threads, null);
    add(args, "-tu", timeUnit, null);
    add(args, "-rf", resultFormat, "json");
    add(args, "-rff", resultFile, resultJson);
    args.add("-prof");
    args.add(stepProfiler); // the grid's step percentiles as secondary results
    for (String p : profilers) {
      args.add("-prof");
      args.add(p);
    }
    args.add("-foe");
    args.add("true"); // a failed step ends the benchmark
    args.add(include);
    return args;
  }

  /** The -p options as given. */
  public List<String> params() {
    return List.copyOf(params);
  }

  /** Whether the result file is JSON (the --baseline gate reads it). */
  boolean resultIsJson() {
    return resultFormat == null || resultFormat.equalsIgnoreCase("json");
  }

  /** The result file JMH writes. */
  String resultFile(String fallback) {
    return resultFile == null ? fallback : resultFile;
  }

  /** {@code -p name=v1,v2} as name → values, in order. */
  Map<String, List<String>> parsedParams() {
    return parseParams(params);
  }

  /** {@code -p name=v1,v2} as name → values, in order; a bad one is an IllegalArgumentException. */
  public static Map<String, List<String>> parseParams(List<String> params) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("-p takes NAME=VALUE[,VALUE...], not \"" + p + "\".");
      }
      String name = p.substring(0, eq).trim();
      if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
        throw new IllegalArgumentException("-p " + name + ": JMH parameters are Java names; \"" + name
            + "\" is not one. Set it with -var instead.");
      }
      out.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(p.substring(eq + 1).split(",", -1)));
    }
    return out;
  }

  private static void add(List<String> args, String option, String given, String fallback) {
    String value = given != null ? given : fallback;
    if (value != null) {
      args.add(option);
      args.add(value);
    }
  }
}
