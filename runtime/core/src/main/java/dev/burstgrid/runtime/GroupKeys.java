package dev.burstgrid.runtime;

import dev.burstgrid.runtime.spi.RunContext;
import java.util.List;

/**
 * Computes the instance keys of a dynamic group once its dependencies completed: {@code
 * GridRun.indices(n)} for {@code count = n}, the keys for {@code for_each}.
 */
@FunctionalInterface
public interface GroupKeys<K> {
  List<K> keys(RunContext context) throws Exception;
}
