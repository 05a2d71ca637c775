package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.internal.RunBinding;

/**
 * Who runs an iteration and which one it is: the values of {@code vu.*} and {@code
 * scenario.*} in HCL. Made by the load engine; generated code reads its fields and starts the
 * iteration's run on its {@link #binding} ({@code GridRun.start(ctx.binding())}).
 */
public final class IterationContext {

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

  /** What the iteration's run shares with the load test: generated code starts the run on it. */
  public RunBinding binding() {
    return binding;
  }
}
