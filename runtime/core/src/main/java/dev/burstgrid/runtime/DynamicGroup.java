package dev.burstgrid.runtime;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@code count} or {@code for_each} group whose size is known only at run time. Each future
 * fails with {@link SkippedException} when the group is never expanded.
 */
public interface DynamicGroup<K, T> {

  StepInfo info();

  /** The instance keys, once expanded. */
  CompletableFuture<List<K>> keys();

  /** The futures of every instance, once expanded. */
  CompletableFuture<List<CompletableFuture<T>>> instances();

  /** Every instance's output, in key order, once all completed: use it as a splat fan-in. */
  CompletableFuture<List<T>> all();

  /**
   * One instance by position ({@code step.x.y[i]}); fails the dependent step with a
   * located message when the group has no such instance.
   */
  CompletableFuture<T> instance(int index);

  /** One instance by {@code for_each} key ({@code step.x.y["k"]}). */
  CompletableFuture<T> instance(K key);
}
