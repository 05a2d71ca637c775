package dev.burstgrid.lang.load;

import dev.burstgrid.runtime.load.ExecutionSegment;
import dev.burstgrid.runtime.report.ReportTargets;
import java.time.Instant;

/**
 * The command line's report and distribution options: {@code --report-json/--report-junit/
 * --report-html FILE}, {@code --report-interval D}, {@code --segment i/N} and
 * {@code --start-at INSTANT}.
 *
 * @param startAt null: start at once
 */
public record ReportFlags(ReportTargets targets, ExecutionSegment segment, Instant startAt) {

  public static final ReportFlags NONE = new ReportFlags(ReportTargets.NONE, ExecutionSegment.WHOLE, null);

  /** A grid that runs once ignores {@code --segment} and {@code --start-at}: says so on {@code err} if given. */
  public void warnIfLoadOnly(java.io.PrintStream err) {
    if (!segment.equals(ExecutionSegment.WHOLE) || startAt != null) {
      err.println("bggoc: warning: --segment and --start-at apply to load runs; this grid runs once (give it a"
          + " scenario block, or --vus/--iterations/--rate/--stages).");
    }
  }
}
