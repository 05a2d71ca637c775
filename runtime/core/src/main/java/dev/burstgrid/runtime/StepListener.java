package dev.burstgrid.runtime;

/**
 * Hears every step instance of a run end ({@link RunOptions.Builder#stepListener}), e.g. to
 * write a single run's report. Called on step threads, concurrently: keep it short and
 * thread-safe. Iterations of a load test tell nothing (their metrics do).
 */
@FunctionalInterface
public interface StepListener {
  void ended(StepOutcome outcome);
}
