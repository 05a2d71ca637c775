package dev.burstgrid.compiler.cli;

import dev.burstgrid.lang.load.LoadArguments;
import dev.burstgrid.lang.load.LoadFlags;
import dev.burstgrid.lang.load.ReportFlags;
import dev.burstgrid.runtime.report.ReportTargets;
import picocli.CommandLine.Option;

/**
 * {@code bggoc run}'s load options, k6's shortcuts for a default scenario; parsed by the same
 * {@link LoadArguments} a built jar uses, so both accept the same values.
 */
final class LoadOptions {
  @Option(names = "--vus", paramLabel = "N", description = "Virtual users of the default scenario.")
  String vus;

  @Option(names = "--duration", paramLabel = "D",
      description = "How long the default scenario runs (constant-vus, or constant-arrival-rate with --rate).")
  String duration;

  @Option(names = "--iterations", paramLabel = "N",
      description = "Iterations shared by the virtual users (shared-iterations).")
  String iterations;

  @Option(names = "--rate", paramLabel = "R",
      description = "Iterations started per second, whatever their latency (constant-arrival-rate).")
  String rate;

  @Option(names = "--max-vus", paramLabel = "N", description = "The most virtual users --rate may use.")
  String maxVus;

  @Option(names = "--stages", paramLabel = "D:N,...",
      description = "Ramp the virtual users: 10s:20,30s:20,10s:0 (ramping-vus).")
  String stages;

  @Option(names = "--scenario", paramLabel = "NAME", description = "Run only this scenario of the grid.")
  String scenario;

  @Option(names = "--summary-trend-stats", paramLabel = "LIST",
      description = "The summary's trend columns, from avg,min,med,max,p90,p95,p99,p999,count.")
  String trendStats;

  @Option(names = "--report-json", paramLabel = "FILE",
      description = "Write the JSON report (every metric, histograms, intervals, checks, thresholds, failures).")
  String reportJson;

  @Option(names = "--report-junit", paramLabel = "FILE",
      description = "Write JUnit XML: a suite per scenario, a test case per threshold and per check.")
  String reportJunit;

  @Option(names = "--report-html", paramLabel = "FILE", description = "Write a self-contained HTML report.")
  String reportHtml;

  @Option(names = "--report-interval", paramLabel = "D",
      description = "The length of the JSON report's intervals. Default: 1s.")
  String reportInterval;

  @Option(names = "--segment", paramLabel = "i/N",
      description = "Run the i-th of N equal parts of every scenario (N processes add up to the whole run).")
  String segment;

  @Option(names = "--start-at", paramLabel = "INSTANT",
      description = "Wait until this instant (2026-12-01T10:00:00Z or epoch ms), so segments start together.")
  String startAt;

  /** @throws IllegalArgumentException when a value does not fit its option */
  LoadFlags flags() {
    return arguments().flags();
  }

  /** @throws IllegalArgumentException when a value does not fit its option */
  ReportFlags reports() {
    return arguments().reports();
  }

  /**
   * Where the reports go, read without the other options: a run that cannot start (bad
   * options among them) still writes the reports asked for.
   */
  ReportTargets targets() {
    return new ReportTargets(path(reportJson), path(reportJunit), path(reportHtml), ReportTargets.DEFAULT_INTERVAL);
  }

  private static java.nio.file.Path path(String file) {
    return file == null ? null : java.nio.file.Path.of(file);
  }

  private LoadArguments arguments() {
    LoadArguments args = new LoadArguments();
    add(args, "--vus", vus);
    add(args, "--duration", duration);
    add(args, "--iterations", iterations);
    add(args, "--rate", rate);
    add(args, "--max-vus", maxVus);
    add(args, "--stages", stages);
    add(args, "--scenario", scenario);
    add(args, "--summary-trend-stats", trendStats);
    add(args, "--report-json", reportJson);
    add(args, "--report-junit", reportJunit);
    add(args, "--report-html", reportHtml);
    add(args, "--report-interval", reportInterval);
    add(args, "--segment", segment);
    add(args, "--start-at", startAt);
    return args;
  }

  private static void add(LoadArguments args, String option, String value) {
    if (value != null) {
      args.add(option, value);
    }
  }
}
