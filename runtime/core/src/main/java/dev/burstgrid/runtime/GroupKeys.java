package dev.burstgrid.runtime;

import dev.burstgrid.runtime.spi.RunContext;
import java.util.List;

/**
 * Computes the instance keys of a dynamic group once its dependencies completed: {@code 0 … n-1}
 * for {@code count = n} (bggo-lang's {@code CountKeys.of(n)}), the keys for {@code for_each}.
 */
@FunctionalInterface
public interface GroupKeys<K> {
  List<K> keys(RunContext context) throws Exception;
}
