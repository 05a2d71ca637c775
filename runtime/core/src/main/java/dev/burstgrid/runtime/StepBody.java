package dev.burstgrid.runtime;

import dev.burstgrid.runtime.spi.RunContext;

/**
 * The work of one step instance: builds the runner's input and uses records from its
 * (completed) dependencies and calls the runner. Runs on a step thread, once every
 * dependency completed normally.
 */
@FunctionalInterface
public interface StepBody<T> {
  T run(RunContext context) throws Exception;
}
