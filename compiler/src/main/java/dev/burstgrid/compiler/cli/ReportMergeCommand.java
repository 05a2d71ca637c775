package dev.burstgrid.compiler.cli;

import dev.burstgrid.runtime.report.ReportFiles;
import dev.burstgrid.runtime.report.ReportMerge;
import dev.burstgrid.runtime.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bggoc report merge A.json B.json … -o merged.json}: the segments' reports as one run's. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merges the JSON reports of the segments of one load run (histograms and counts add up exactly) "
        + "and evaluates the thresholds again on the merged metrics.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:merged, every threshold passed", "2:usage error, unreadable file",
        "3:a file is not a bggo report", "99:a threshold failed on the merged metrics"})
final class ReportMergeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "REPORT", arity = "1..*", description = "JSON reports written by --report-json.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The merged JSON report.")
  Path output;

  @Option(names = "--report-html", paramLabel = "FILE", description = "Also write the merged HTML report.")
  Path html;

  @Option(names = "--report-junit", paramLabel = "FILE", description = "Also write the merged JUnit XML report.")
  Path junit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<RunReport> reports = new ArrayList<>();
      for (Path p : inputs) {
        reports.add(ReportInputs.read(p, err));
      }
      RunReport merged = ReportMerge.merge(reports);
      write(merged, err);
      out.println("merged " + reports.size() + (reports.size() == 1 ? " report" : " reports") + " into " + output
          + ": " + (long) merged.value("iterations", "count") + " iterations, "
          + (merged.thresholdsPassed() ? "thresholds passed" : "a threshold failed"));
      return merged.thresholdsPassed() ? ExitCodes.OK : 99;
    } catch (CommandExit e) {
      return e.code();
    }
  }

  private void write(RunReport merged, PrintWriter err) throws CommandExit {
    for (Path p : new Path[] {output, html, junit}) {
      String problem = p == null ? null : IoProblems.unwritable(p);
      if (problem != null) {
        err.println("bggoc: cannot write " + p + ": " + problem);
        throw new CommandExit(ExitCodes.USAGE);
      }
    }
    try {
      ReportFiles.write(merged, output, junit, html);
    } catch (IOException e) {
      err.println("bggoc: cannot write the merged report: " + IoProblems.describe(e));
      throw new CommandExit(ExitCodes.USAGE);
    }
  }
}
