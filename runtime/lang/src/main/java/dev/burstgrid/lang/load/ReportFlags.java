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
}
