package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.ResourceFactory;
import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.spi.RunContext;
import java.util.function.Supplier;

/**
 * Where the instances of resources that outlive an iteration ({@code scope = "vu"} or {@code
 * "run"}) are kept; the load engine owns and closes them. A run only borrows an instance from it
 * and never closes one.
 */
public interface ResourceStore {

  /**
   * The instance of {@code info}: the one already in the store, or a new one made with {@code
   * factory} in the context {@code context} makes (for the consumer about to use it) when this
   * is the first use. Most acquires find one: they make no context.
   */
  <T extends AutoCloseable> T acquire(
      ResourceInfo info, ResourceFactory<T> factory, Supplier<? extends RunContext> context) throws Exception;
}
