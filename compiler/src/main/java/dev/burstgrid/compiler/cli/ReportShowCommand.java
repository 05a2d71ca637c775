package dev.burstgrid.compiler.cli;

import dev.burstgrid.runtime.load.LoadOptions;
import dev.burstgrid.runtime.load.SummaryText;
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
      spec.commandLine().getOut().print("  " + r.grid() + " · " + r.start() + " – " + r.end() + "\n"
          + SummaryText.renderLines(r.toLoadResult(), r.scenarios(), LoadOptions.DEFAULT_TREND_STATS));
      return ExitCodes.OK;
    } catch (CommandExit e) {
      return e.code();
    }
  }
}
