package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.internal.RunBinding;
import dev.burstgrid.runtime.internal.Scheduler;
import dev.burstgrid.runtime.internal.StepThreads;
import dev.burstgrid.runtime.spi.RunMetrics;

/**
 * What one iteration's run shares with the load test around it: the step threads, the
 * run's and its VU's resource stores, and the metrics. Also lets the load engine cancel the
 * iteration's run from outside, even before the run started.
 */
public final class IterationBinding implements RunBinding {

  private final RunOptions options;
  private final StepThreads threads;
  private final ScopedResources runScope;
  private final ScopedResources vuScope;
  private final RunMetrics metrics;
  private Scheduler scheduler; // guarded by this
  private boolean cancelled; // guarded by this

  public IterationBinding(
      RunOptions options,
      StepThreads threads,
      ScopedResources runScope,
      ScopedResources vuScope,
      RunMetrics metrics) {
    this.options = options;
    this.threads = threads;
    this.runScope = runScope;
    this.vuScope = vuScope;
    this.metrics = metrics;
  }

  @Override
  public RunOptions options() {
    return options;
  }

  @Override
  public StepThreads threads() {
    return threads;
  }

  @Override
  public RunMetrics metrics() {
    return metrics;
  }

  @Override
  public ScopedResources store(ResourceScope scope) {
    switch (scope) {
      case RUN:
        return runScope;
      case VU:
        return vuScope;
      default:
        return null;
    }
  }

  /** Cancels the iteration through its latest run; at once if the engine already cancelled. */
  @Override
  public void attach(Scheduler run) {
    boolean cancelNow;
    synchronized (this) {
      scheduler = run;
      cancelNow = cancelled;
    }
    if (cancelNow) {
      run.cancel();
    }
  }

  public synchronized boolean isCancelled() {
    return cancelled;
  }

  /** Stops the iteration's run (the load test's hard stop). */
  public void cancel() {
    Scheduler run;
    synchronized (this) {
      cancelled = true;
      run = scheduler;
    }
    if (run != null) {
      run.cancel();
    }
  }
}
