package dev.burstgrid.compiler.cli;

import dev.burstgrid.runtime.report.ReportFiles;
import dev.burstgrid.runtime.report.ReportFormatException;
import dev.burstgrid.runtime.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads report files for {@code bggoc report}: a missing file is a usage error, a malformed one exit 3. */
final class ReportInputs {
  private ReportInputs() {}

  static RunReport read(Path file, PrintWriter err) throws CommandExit {
    if (!Files.isRegularFile(file)) {
      err.println("bggoc: " + file + ": no such report file; give the path a run's --report-json wrote");
      throw new CommandExit(ExitCodes.USAGE);
    }
    try {
      return ReportFiles.read(file);
    } catch (ReportFormatException e) {
      err.println("bggoc: " + e.getMessage());
      err.println("  (not a bggo JSON report of schema_version 1 to " + RunReport.SCHEMA_VERSION
          + "; write one with bggoc run --report-json FILE)");
      throw new CommandExit(ExitCodes.COMPILE_ERRORS);
    } catch (IOException e) {
      err.println("bggoc: cannot read " + file + ": " + IoProblems.describe(e));
      throw new CommandExit(ExitCodes.USAGE);
    }
  }
}
