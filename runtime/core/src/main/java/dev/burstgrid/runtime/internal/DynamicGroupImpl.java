package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.DynamicGroup;
import dev.burstgrid.runtime.StepInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The futures of a dynamic group, completed by its {@link ExpansionTask}. */
final class DynamicGroupImpl<K, T> implements DynamicGroup<K, T> {

  private final StepInfo info;
  private final CompletableFuture<List<K>> keys = new CompletableFuture<>();
  private final CompletableFuture<List<CompletableFuture<T>>> instances =
      new CompletableFuture<>();
  private final CompletableFuture<List<T>> all = new CompletableFuture<>();
  private volatile Map<K, Integer> positions;

  DynamicGroupImpl(StepInfo info) {
    this.info = info;
  }

  void expanded(List<K> expandedKeys, List<CompletableFuture<T>> expandedInstances) {
    keys.complete(expandedKeys);
    instances.complete(Collections.unmodifiableList(expandedInstances));
    allOutputs(expandedInstances)
        .whenComplete(
            (outputs, failure) -> {
              if (failure == null) {
                all.complete(outputs);
              } else {
                all.completeExceptionally(
                    failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure);
              }
            });
  }

  void failed(Throwable failure) {
    keys.completeExceptionally(failure);
    instances.completeExceptionally(failure);
    all.completeExceptionally(failure);
  }

  @Override
  public StepInfo info() {
    return info;
  }

  @Override
  public CompletableFuture<List<K>> keys() {
    return keys;
  }

  @Override
  public CompletableFuture<List<CompletableFuture<T>>> instances() {
    return instances;
  }

  @Override
  public CompletableFuture<List<T>> all() {
    return all;
  }

  @Override
  public CompletableFuture<T> instance(int index) {
    return instances.thenCompose(
        list ->
            index >= 0 && index < list.size()
                ? list.get(index)
                : CompletableFuture.failedFuture(
                    new IndexOutOfBoundsException(
                        info.address()
                            + " has "
                            + list.size()
                            + " instances; there is no ["
                            + index
                            + "]")));
  }

  @Override
  public CompletableFuture<T> instance(K key) {
    return instances.thenCompose(
        list -> {
          Integer position = positions().get(key);
          return position != null
              ? list.get(position)
              : CompletableFuture.failedFuture(
                  new IllegalArgumentException(
                      info.address() + " has no instance with key \"" + key + "\""));
        });
  }

  private Map<K, Integer> positions() {
    Map<K, Integer> p = positions;
    if (p == null) {
      List<K> k = keys.join();
      p = new HashMap<>(k.size() * 2);
      for (int i = 0; i < k.size(); i++) {
        p.putIfAbsent(k.get(i), i);
      }
      positions = p;
    }
    return p;
  }

  private static <T> CompletableFuture<List<T>> allOutputs(List<CompletableFuture<T>> list) {
    return CompletableFuture.allOf(list.toArray(new CompletableFuture<?>[0]))
        .thenApply(
            done -> {
              List<T> outputs = new ArrayList<>(list.size());
              for (CompletableFuture<T> f : list) {
                outputs.add(f.join());
              }
              return Collections.unmodifiableList(outputs);
            });
  }
}
