package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.internal.ResourceStore;
import dev.burstgrid.runtime.internal.RunBinding;
import dev.burstgrid.runtime.internal.Scheduler;
import dev.burstgrid.runtime.internal.StepThreads;
import dev.burstgrid.runtime.spi.RunMetrics;

/**
 * Who runs an iteration and which one it is: the values of {@code vu.*} and {@code
 * scenario.*} in HCL. Made by the load engine; generated code passes it to {@link
 * dev.burstgrid.runtime.GridRun#start(RunBinding)}, as the binding of the iteration's run (it
 * hands on its {@link #binding}'s), and reads its fields.
 */
public final class IterationContext implements RunBinding {

  private final int vuId;
  private final long vuIteration;
  private final String scenarioName;
  private final long scenarioIteration;
  private final RunBinding binding;

  /** For the load engine. */
  public IterationContext(
      int vuId, long vuIteration, String scenarioName, long scenarioIteration, RunBinding binding) {
    this.vuId = vuId;
    this.vuIteration = vuIteration;
    this.scenarioName = scenarioName;
    this.scenarioIteration = scenarioIteration;
    this.binding = binding;
  }

  /** {@code vu.id}: the VU's number in the load run, from 1. */
  public int vuId() {
    return vuId;
  }

  /** {@code vu.iteration}: how many iterations this VU started before this one, from 0. */
  public long vuIteration() {
    return vuIteration;
  }

  /** {@code scenario.name}. */
  public String scenarioName() {
    return scenarioName;
  }

  /** {@code scenario.iteration}: unique in the scenario, from 0. */
  public long scenarioIteration() {
    return scenarioIteration;
  }

  /** Internal: what the iteration's run shares with the load test. */
  public RunBinding binding() {
    return binding;
  }

  @Override
  public RunOptions options() {
    return binding.options();
  }

  @Override
  public StepThreads threads() {
    return binding.threads();
  }

  @Override
  public RunMetrics metrics() {
    return binding.metrics();
  }

  @Override
  public ResourceStore store(ResourceScope scope) {
    return binding.store(scope);
  }

  @Override
  public void attach(Scheduler run) {
    binding.attach(run);
  }
}
