package dev.burstgrid.runtime;

/** How much of a run the progress log (the err stream) shows. */
public enum Verbosity {
  /** Nothing at all (benchmarks, embedding). */
  SILENT,
  /** Failures, close errors and the end-of-run summary. */
  QUIET,
  /** One line per event: start, ok, failed, cancelled, skipped, resource create and close. */
  NORMAL
}
