package dev.burstgrid.runtime;

import dev.burstgrid.runtime.spi.RunContext;

/**
 * A step instance's {@code if}: evaluated once its dependencies completed and before it starts,
 * so an instance whose condition is false neither logs a start nor creates its resources.
 */
@FunctionalInterface
public interface StepCondition {
  boolean holds(RunContext context) throws Exception;
}
