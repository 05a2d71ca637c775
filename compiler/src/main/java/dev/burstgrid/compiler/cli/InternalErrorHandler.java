package dev.burstgrid.compiler.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * A bug in bggoc itself (never a grid error): one clear line, the stack trace only when
 * {@code BGGO_DEBUG} is set, and exit code 70.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
  static final int INTERNAL = 70;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    err.println("bggoc: internal error: " + ex + ". This is a bug in bggoc; please report it with the grid"
        + " that caused it. Set BGGO_DEBUG=1 for details.");
    if (System.getenv("BGGO_DEBUG") != null) {
      StringWriter sw = new StringWriter();
      ex.printStackTrace(new PrintWriter(sw));
      err.print(sw);
    }
    err.flush();
    return INTERNAL;
  }
}
