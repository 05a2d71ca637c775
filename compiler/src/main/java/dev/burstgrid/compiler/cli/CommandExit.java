package dev.burstgrid.compiler.cli;

import dev.burstgrid.runtime.report.ReportDiagnostic;
import java.util.List;

/**
 * Ends a command with this exit code after its message was printed; {@link #why} carries that
 * message as data, for the report of a run that could not start.
 */
final class CommandExit extends Exception {
  private final int code;
  private final List<ReportDiagnostic> why;

  CommandExit(int code) {
    this(code, List.of());
  }

  CommandExit(int code, List<ReportDiagnostic> why) {
    super(null, null, false, false);
    this.code = code;
    this.why = List.copyOf(why);
  }

  /** A usage problem (exit 2) whose message was printed. */
  static CommandExit usage(String message) {
    return new CommandExit(ExitCodes.USAGE, List.of(ReportDiagnostic.usage(message)));
  }

  int code() {
    return code;
  }

  /** What was printed, as diagnostics; empty when the thrower did not say. */
  List<ReportDiagnostic> why() {
    return why;
  }
}
