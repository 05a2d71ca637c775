package dev.burstgrid.compiler.cli;

/** {@code bggoc}'s exit codes (DESIGN.md §5). */
public final class ExitCodes {
  public static final int OK = 0;
  /** The grid ran and a step failed. */
  public static final int STEP_FAILED = 1;
  /** Bad command line, missing path, no .hcl files. */
  public static final int USAGE = 2;
  /** The grid has compile errors. */
  public static final int COMPILE_ERRORS = 3;
  /** Interrupted (Ctrl-C). */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
