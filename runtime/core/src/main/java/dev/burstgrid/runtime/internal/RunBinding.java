package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.spi.RunMetrics;

/**
 * What a run borrows when it is one iteration of a load test ({@link
 * dev.burstgrid.runtime.GridRun#start(RunBinding)}): the load test's step threads, the stores of
 * the resources that outlive the iteration, its metrics; and a way for the load engine to cancel
 * the run from outside. The load engine (bggo-load) implements it.
 */
public interface RunBinding {

  /** How the iteration's run runs. */
  RunOptions options();

  /** The load test's step threads, shared by all its iterations (the run does not stop them). */
  StepThreads threads();

  /** Where the run records its step metrics; null for nowhere. */
  RunMetrics metrics();

  /** The store of a scope that outlives the iteration; null for {@link ResourceScope#ITERATION}. */
  ResourceStore store(ResourceScope scope);

  /**
   * The iteration's run started (normally one; an iteration that runs several in turn attaches
   * each): cancel it through {@link Scheduler#cancel} when the load test stops the iteration, at
   * once if it already did.
   */
  void attach(Scheduler run);
}
