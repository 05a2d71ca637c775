package dev.burstgrid.compiler.cli;

import dev.burstgrid.runtime.load.LoadOptions;
import dev.burstgrid.runtime.load.SummaryText;
import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.report.RunReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bggoc report show FILE}: the end-of-run summary again, from a JSON report. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Prints the end-of-run summary of a JSON report (--report-json, or report merge's output).")
final class ReportShowCommand implements Callable<Integer> {

  @Parameters(paramLabel = "REPORT", description = "A JSON report.")
  Path input;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try {
      RunReport r = ReportInputs.read(input, spec.commandLine().getErr());
      java.io.PrintWriter out = spec.commandLine().getOut();
      out.print("  " + r.grid() + " · " + r.start() + " – " + r.end() + "\n");
      if (!r.diagnostics().isEmpty()) {
        out.print(notStarted(r));
      } else if (r.isSingleRun()) {
        out.print(singleRun(r));
      } else {
        out.print(SummaryText.renderLines(r.toLoadResult(), r.scenarios(), LoadOptions.DEFAULT_TREND_STATS));
      }
      return ExitCodes.OK;
    } catch (CommandExit e) {
      return e.code();
    }
  }

  /** {@code   the run did not start (exit 3):}, then a line per diagnostic. */
  private static String notStarted(RunReport r) {
    StringBuilder b = new StringBuilder("\n  the run did not start (exit ").append(r.exitCode()).append("):\n");
    r.diagnostics().forEach(d -> b.append("    ").append(d.severity()).append(": ").append(d.oneLine()).append('\n'));
    return b.toString();
  }

  /** {@code   failed  step.cmd.fails (grid.hcl:6:1) 12ms: exit code 3}, a line per step, and the exit code. */
  private static String singleRun(RunReport r) {
    StringBuilder b = new StringBuilder("\n");
    for (StepOutcome s : r.steps()) {
      String status = s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      b.append(String.format(java.util.Locale.ROOT, "    %-20s %s (%s) %dms%s%n", status, s.address(), s.location(),
          s.duration().toMillis(), s.message().isEmpty() ? "" : ": " + s.message()));
    }
    return b.append("\n  exit code ").append(r.exitCode()).append(" · wall time ").append(r.elapsed().toMillis())
        .append("ms\n").toString();
  }
}
