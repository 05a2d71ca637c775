package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.diag.CompilerBug;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * The last resort for a bug in bggoc itself (never a grid error), whatever was thrown — a
 * {@link StackOverflowError} too: one clear line that names the grid block when it is known, the
 * stack trace only when {@code BGGO_DEBUG} is set, and exit code 70.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
  static final int INTERNAL = 70;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    return handle(ex, cl.getErr());
  }

  /** Prints the internal-error message for {@code failure}; returns the exit code. */
  static int handle(Throwable failure, PrintWriter err) {
    Throwable cause = failure;
    String where = null;
    // picocli wraps what a command throws; the block's location sits on the way down.
    while ((cause instanceof CommandLine.ExecutionException || cause instanceof CompilerBug)
        && cause.getCause() != null) {
      where = cause instanceof CompilerBug bug ? bug.gridLocation() : where;
      cause = cause.getCause();
    }
    err.println("bggoc: internal error" + (where == null ? "" : " while handling " + where) + ": " + cause
        + ". This is a bug in bggoc; please report it with the grid that caused it. Set BGGO_DEBUG=1 for"
        + " details.");
    if (System.getenv("BGGO_DEBUG") != null) {
      StringWriter sw = new StringWriter();
      failure.printStackTrace(new PrintWriter(sw));
      err.print(sw);
    }
    err.flush();
    return INTERNAL;
  }
}
