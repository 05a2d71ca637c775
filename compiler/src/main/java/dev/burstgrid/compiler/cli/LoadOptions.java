package dev.burstgrid.compiler.cli;

import dev.burstgrid.lang.load.LoadArguments;
import dev.burstgrid.lang.load.LoadFlags;
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

  /** @throws IllegalArgumentException when a value does not fit its option */
  LoadFlags flags() {
    LoadArguments args = new LoadArguments();
    add(args, "--vus", vus);
    add(args, "--duration", duration);
    add(args, "--iterations", iterations);
    add(args, "--rate", rate);
    add(args, "--max-vus", maxVus);
    add(args, "--stages", stages);
    add(args, "--scenario", scenario);
    add(args, "--summary-trend-stats", trendStats);
    return args.flags();
  }

  private static void add(LoadArguments args, String option, String value) {
    if (value != null) {
      args.add(option, value);
    }
  }
}
