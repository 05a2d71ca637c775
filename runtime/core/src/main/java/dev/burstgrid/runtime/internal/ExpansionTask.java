package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.GroupInstance;
import dev.burstgrid.runtime.GroupKeys;
import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.SkippedException;
import dev.burstgrid.runtime.StepFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Expands a dynamic group once its dependencies completed: computes the keys, turns each
 * resource's placeholder consumer into one per instance, and schedules every instance.
 */
final class ExpansionTask<K, T> extends Task {

  private final GroupKeys<K> keys;
  private final GroupInstance<K, T> instance;
  final DynamicGroupImpl<K, T> group;

  ExpansionTask(
      Scheduler run,
      DynamicGroupImpl<K, T> group,
      ResourceSlot<?>[] uses,
      GroupKeys<K> keys,
      GroupInstance<K, T> instance) {
    super(run, group.info(), uses);
    this.group = group;
    this.keys = keys;
    this.instance = instance;
  }

  @Override
  boolean isStep() {
    return false;
  }

  @Override
  void execute() {
    List<K> expandedKeys;
    try {
      List<K> computed = Objects.requireNonNull(keys.keys(this), "group keys");
      if (computed.size() > GridRun.MAX_INSTANCES) {
        throw new IllegalArgumentException(GridRun.tooManyInstances("the group has " + computed.size() + " keys"));
      }
      expandedKeys = List.copyOf(computed);
    } catch (Throwable t) {
      stopRunning();
      failed(t);
      return;
    }
    int n = expandedKeys.size();
    // Logged before any instance is scheduled, so it precedes every instance's start line.
    run.log().expanded(address, location, n);
    for (ResourceSlot<?> slot : uses()) {
      slot.expand(n);
    }
    usesHandedOver();
    List<CompletableFuture<T>> instances = new ArrayList<>(n);
    try {
      for (int i = 0; i < n && !run.isCancelled(); i++) {
        instances.add(Objects.requireNonNull(instance.schedule(i, expandedKeys.get(i)), "instance"));
      }
    } catch (Throwable t) {
      stopRunning();
      failed(t);
      return;
    }
    stopRunning();
    if (instances.size() < n) {
      // Stopped part-way: the scheduled instances were skipped as they registered.
      skipped(run.skipReason());
      return;
    }
    markDone();
    group.expanded(expandedKeys, instances);
    run.settle();
  }

  @Override
  void completeSkipped(String reason) {
    group.failed(new SkippedException(address, reason));
  }

  @Override
  void completeFailed(Throwable failure) {
    group.failed(new StepFailedException(RunFailure.of(address, location, failure)));
  }
}
