package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.Verbosity;
import java.util.List;
import java.util.Objects;

/**
 * How a load run runs and reports.
 *
 * @param run streams, environment, threads, clock and cancel grace of every iteration (its
 *     verbosity is ignored: iterations log nothing, the progress line and the summary speak)
 * @param progress the live progress line
 * @param trendStats the trend columns of the summary ({@code --summary-trend-stats}), from
 *     {@code avg min med max p90 p95 p99 p999 count}
 * @param thresholds the grid's thresholds
 * @param cancelOnShutdown whether Ctrl-C (JVM shutdown) stops the run gracefully and waits for
 *     its summary
 * @param segment the part of every scenario this process runs ({@code --segment i/N})
 * @param startAt when the run starts ({@code --start-at}), so segments in N processes start
 *     together; null: at once
 */
public record LoadOptions(
    RunOptions run, ProgressMode progress, List<String> trendStats, Thresholds thresholds, boolean cancelOnShutdown,
    ExecutionSegment segment, java.time.Instant startAt) {

  public static final List<String> DEFAULT_TREND_STATS = List.of("avg", "min", "med", "p90", "p95", "p99", "max");

  public LoadOptions {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(progress, "progress");
    trendStats = List.copyOf(trendStats);
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(segment, "segment");
    for (String stat : trendStats) {
      if (!SummaryText.TREND_STATS.contains(stat)) {
        throw new IllegalArgumentException(
            "unknown trend stat " + stat + "; choose from " + String.join(" ", SummaryText.TREND_STATS));
      }
    }
  }

  /** No progress line, the default columns, no thresholds, no shutdown hook. */
  public static LoadOptions of(RunOptions run) {
    return new LoadOptions(run, ProgressMode.NONE, DEFAULT_TREND_STATS, Thresholds.NONE, false, ExecutionSegment.WHOLE, null);
  }

  public LoadOptions withProgress(ProgressMode mode) {
    return new LoadOptions(run, mode, trendStats, thresholds, cancelOnShutdown, segment, startAt);
  }

  public LoadOptions withTrendStats(List<String> stats) {
    return new LoadOptions(run, progress, stats, thresholds, cancelOnShutdown, segment, startAt);
  }

  public LoadOptions withThresholds(Thresholds t) {
    return new LoadOptions(run, progress, trendStats, t, cancelOnShutdown, segment, startAt);
  }

  public LoadOptions withCancelOnShutdown(boolean on) {
    return new LoadOptions(run, progress, trendStats, thresholds, on, segment, startAt);
  }

  public LoadOptions withSegment(ExecutionSegment part) {
    return new LoadOptions(run, progress, trendStats, thresholds, cancelOnShutdown, part, startAt);
  }

  /** Starts the run at {@code instant} (null: at once); an instant in the past starts at once. */
  public LoadOptions withStartAt(java.time.Instant instant) {
    return new LoadOptions(run, progress, trendStats, thresholds, cancelOnShutdown, segment, instant);
  }

  /** The options each iteration's GridRun gets: silent, no hook of its own. */
  RunOptions iterationOptions() {
    return run.toBuilder().verbosity(Verbosity.SILENT).cancelOnShutdown(false).build();
  }
}
