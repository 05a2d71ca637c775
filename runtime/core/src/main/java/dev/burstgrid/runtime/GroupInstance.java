package dev.burstgrid.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * Schedules the instance {@code index} (key {@code key}) of a dynamic group, normally with
 * {@link GridRun#step}, and returns its future.
 */
@FunctionalInterface
public interface GroupInstance<K, T> {
  CompletableFuture<T> schedule(int index, K key);
}
