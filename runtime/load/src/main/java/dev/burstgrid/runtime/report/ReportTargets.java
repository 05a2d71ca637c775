package dev.burstgrid.runtime.report;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a load run's reports go ({@code --report-json}, {@code --report-junit},
 * {@code --report-html}; null: not written) and the length of the JSON's intervals
 * ({@code --report-interval}, 1 s by default).
 */
public record ReportTargets(Path json, Path junit, Path html, Duration interval) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  public static final ReportTargets NONE = new ReportTargets(null, null, null, DEFAULT_INTERVAL);

  public boolean any() {
    return json != null || junit != null || html != null;
  }
}
