package dev.burstgrid.runtime;

/**
 * The run's progress log, as a library built on the runtime writes to it (bggo-lang's step cache
 * logs its {@code cached} lines here). Its lines look like the run's own, e.g.
 *
 * <pre>
 * [   12ms] cached  step.print.b (grid.hcl:3:1): same input as step.print.a
 * </pre>
 *
 * Thread-safe; a line never blocks on another thread's.
 */
public interface RunLog {

  /**
   * A line of {@code kind} (a word of at most 7 letters) about the step instance {@code address}
   * declared at {@code location}, followed by {@code ": message"} unless it is null; shown at
   * normal verbosity only, like the run's start and ok lines.
   */
  void event(String kind, String address, String location, String message);

  /** A free-form line worth seeing even in quiet mode. */
  void note(String text);
}
