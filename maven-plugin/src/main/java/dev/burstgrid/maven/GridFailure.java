package dev.burstgrid.maven;

import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.metrics.CheckResult;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import dev.burstgrid.runtime.report.ReportDiagnostic;
import dev.burstgrid.runtime.report.ReportFormatException;
import dev.burstgrid.runtime.report.ReportJson;
import dev.burstgrid.runtime.report.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a grid failed, in the words of its own run: the thresholds and checks that failed (from
 * the JSON report a load run writes) or the step errors of a single run (from its output), so
 * the build failure reads {@code threshold p95_login failed: … (measured …)} rather than an exit
 * code.
 */
final class GridFailure {
  /** The end-of-run error line of a single run: {@code [ 62ms] error   step.x.y (grid.hcl:1:1): message}. */
  private static final Pattern ERROR_LINE = Pattern.compile("^\\[\\s*\\d+ms\\] error\\s+(.+)$");
  private static final int MAX_REASONS = 5;

  private final List<String> stepErrors = new ArrayList<>();

  /** Reads one line of the grid's output, keeping the step errors it reports. */
  void accept(String line) {
    Matcher m = ERROR_LINE.matcher(line);
    if (m.matches() && stepErrors.size() < MAX_REASONS) {
      stepErrors.add(m.group(1).strip());
    }
  }

  /**
   * What went wrong, one reason per failed threshold, failed check or step error; the exit code's
   * meaning when the run named nothing.
   *
   * @param report the run's {@code --report-json}, which only load runs write
   */
  String explain(int exitCode, Path report) {
    List<String> reasons = new ArrayList<>();
    RunReport r = read(report);
    if (r != null) {
      reasons.addAll(fromReport(r));
    }
    if (reasons.isEmpty()) {
      stepErrors.forEach(e -> reasons.add("step " + e));
    }
    if (reasons.isEmpty()) {
      return RunSummary.meaning(exitCode);
    }
    List<String> shown = reasons.size() > MAX_REASONS ? reasons.subList(0, MAX_REASONS) : reasons;
    String more = reasons.size() > MAX_REASONS ? "; and " + (reasons.size() - MAX_REASONS) + " more" : "";
    return String.join("; ", shown) + more;
  }

  static List<String> fromReport(RunReport r) {
    List<String> out = new ArrayList<>();
    if (!r.started()) { // why it could not start: a bad option or variable, say
      r.diagnostics().stream().filter(ReportDiagnostic::isError).forEach(d -> out.add(withoutFinalStop(d.oneLine())));
      return out;
    }
    for (ThresholdResult t : r.thresholds()) {
      if (!t.passed()) {
        out.add("threshold " + t.name() + " failed: " + t.condition() + " (measured " + t.measured() + ")");
      }
    }
    out.addAll(failedChecks(r));
    if (out.isEmpty()) {
      for (LoadResult.ErrorCount e : r.errors()) {
        out.add("step " + e.address() + " (" + e.location() + "): " + e.message() + " (" + e.count()
            + (e.count() == 1 ? " time)" : " times)"));
      }
    }
    return out;
  }

  /** Reasons are joined with "; ", so a sentence's full stop would be doubled. */
  private static String withoutFinalStop(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** The checks of a load run that failed at least once (which fail it only through a threshold). */
  static List<String> failedChecks(Path report) {
    RunReport r = read(report);
    return r == null ? List.of() : failedChecks(r);
  }

  private static List<String> failedChecks(RunReport r) {
    List<String> out = new ArrayList<>();
    for (CheckResult c : r.checks()) {
      if (c.fails() > 0) {
        out.add("check " + c.name() + " of " + c.step() + " failed " + c.fails() + " of " + (c.passes() + c.fails())
            + " times");
      }
    }
    return out;
  }

  /** The report, or null when the run wrote none (a single run) or it cannot be read. */
  private static RunReport read(Path report) {
    if (report == null || !Files.isRegularFile(report)) {
      return null;
    }
    try {
      return ReportJson.read(Files.readString(report, StandardCharsets.UTF_8));
    } catch (IOException | ReportFormatException | IllegalArgumentException e) {
      return null;
    }
  }
}
