package dev.burstgrid.runtime;

/** How a run ended. */
public enum RunStatus {
  /** Every step completed normally and every resource closed cleanly. */
  OK(0),
  /** A step or resource failed (or a resource failed to close). */
  FAILED(1),
  /** {@link GridRun#cancel} was called (e.g. Ctrl-C) before any failure. */
  CANCELLED(130);

  private final int exitCode;

  RunStatus(int exitCode) {
    this.exitCode = exitCode;
  }

  /** The process exit code for this status: 0, 1 or 130. */
  public int exitCode() {
    return exitCode;
  }
}
