package dev.burstgrid.runtime;

import dev.burstgrid.runtime.spi.RunContext;

/**
 * Creates a resource's instance (typically {@code asset.create(config, context)}). Called at
 * most once, on the thread of the first consumer about to run; the context names the
 * resource.
 */
@FunctionalInterface
public interface ResourceFactory<T extends AutoCloseable> {
  T create(RunContext context) throws Exception;
}
