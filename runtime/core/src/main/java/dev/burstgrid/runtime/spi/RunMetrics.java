package dev.burstgrid.runtime.spi;

/**
 * Where the scheduler records a load run's step metrics: the hook through which the load
 * engine (bggo-load) collects them without the core knowing how. Outside a load test there is
 * none, and nothing is recorded. Implementations are thread-safe and never block.
 */
public interface RunMetrics {

  /** The metrics of one step block ({@code step.T.N}, the same for all its instances). */
  Step step(String step);

  /** One step block's metrics: what the scheduler records, and the view its runner records through. */
  interface Step extends Metrics {

    /** One instance of the step ended: it ran for {@code nanos} and succeeded or failed on its own. */
    void ended(long nanos, boolean ok);
  }
}
