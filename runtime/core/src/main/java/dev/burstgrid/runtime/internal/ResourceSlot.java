package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.ResourceFactory;
import dev.burstgrid.runtime.ResourceHandle;
import dev.burstgrid.runtime.ResourceInfo;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One resource of a run: created by the first consumer to acquire it (others wait on the same
 * future, never on a lock, so virtual threads are not pinned), closed by the release that
 * brings the consumer count to zero — or by the run's cleanup when the run stops.
 */
final class ResourceSlot<T extends AutoCloseable> implements ResourceHandle<T> {

  private final Scheduler run;
  private final ResourceInfo info;
  private final ResourceFactory<T> factory;
  private final AtomicInteger consumers;
  private final List<? extends CompletableFuture<?>> deps;
  private final AtomicReference<CompletableFuture<T>> instance = new AtomicReference<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ResourceStore store; // null: this run owns the instance (scope "iteration")
  private volatile ResourceContext creating;

  ResourceSlot(
      Scheduler run,
      ResourceInfo info,
      int consumers,
      List<? extends CompletableFuture<?>> deps,
      ResourceFactory<T> factory,
      ResourceStore store) {
    this.run = run;
    this.store = store;
    this.info = info;
    this.consumers = new AtomicInteger(consumers);
    this.deps = deps.isEmpty() ? List.of() : List.copyOf(deps);
    this.factory = factory;
  }

  Scheduler run() {
    return run;
  }

  /** What the factory reads: every consumer waits for these too. */
  List<? extends CompletableFuture<?>> deps() {
    return deps;
  }

  @Override
  public String toString() {
    return info.address();
  }

  @Override
  public ResourceInfo info() {
    return info;
  }

  @Override
  public T get() {
    CompletableFuture<T> cell = instance.get();
    if (cell == null || !cell.isDone() || cell.isCompletedExceptionally()) {
      throw new IllegalStateException(
          info.address() + " is not available here: only a step that lists it in its uses may read it");
    }
    return cell.join();
  }

  /** Creates the instance on first use, or waits for the thread creating it. */
  T acquire() throws InterruptedException, ResourceUnavailableException {
    if (closed.get()) {
      throw new IllegalStateException(
          info.address() + " is already closed: it has more consumers than were declared");
    }
    CompletableFuture<T> cell = instance.get();
    if (cell == null) {
      CompletableFuture<T> mine = new CompletableFuture<>();
      if (instance.compareAndSet(null, mine)) {
        create(mine);
      }
      cell = instance.get();
    }
    try {
      return cell.get();
    } catch (ExecutionException e) {
      throw new ResourceUnavailableException(info.address(), e.getCause());
    }
  }

  private void create(CompletableFuture<T> cell) {
    long start = run.now();
    try {
      if (store != null) {
        // Owned by the VU or the load run: this run only borrows it and never closes it.
        T shared = store.acquire(info, factory, () -> creating = new ResourceContext(run, info));
        creating = null;
        cell.complete(shared);
        return;
      }
      ResourceContext context = new ResourceContext(run, info);
      creating = context;
      T value = Objects.requireNonNull(factory.create(context), "the factory returned null");
      creating = null;
      if (!run.resourceCreated(this)) {
        // The run already cleaned up (it gave up waiting for this thread): do not leak it.
        closeQuietly(value);
        cell.completeExceptionally(new IllegalStateException("the run has ended"));
        return;
      }
      run.log().created(info.address(), info.location(), run.now() - start);
      cell.complete(value);
    } catch (Throwable t) {
      creating = null;
      run.recordResourceFailure(info, t, run.now() - start);
      cell.completeExceptionally(t);
    }
  }

  /** The run stopped: let a creation in progress know. Its thread is interrupted by its step. */
  void cancelCreation() {
    ResourceContext context = creating;
    if (context != null) {
      context.cancel();
    }
  }

  /** A consumer finished (ran, failed or was skipped). */
  void release() {
    if (consumers.decrementAndGet() == 0 && !run.isCancelled()) {
      close();
    }
  }

  @Override
  public void expand(int instances) {
    if (instances < 0) {
      throw new IllegalArgumentException("a group has at least 0 instances, not " + instances);
    }
    if (consumers.addAndGet(instances - 1) == 0 && !run.isCancelled()) {
      close();
    }
  }

  /** Closes the instance once, if it was created; a close error is reported to the run. */
  void close() {
    if (!closed.compareAndSet(false, true) || store != null) { // a borrowed instance stays open
      return;
    }
    CompletableFuture<T> cell = instance.get();
    if (cell == null || !cell.isDone() || cell.isCompletedExceptionally()) {
      return;
    }
    try {
      cell.join().close();
      run.log().closed(info.address(), info.location());
    } catch (Throwable t) {
      run.recordCloseFailure(info, t);
    }
  }

  private void closeQuietly(T value) {
    try {
      value.close();
    } catch (Throwable t) {
      run.recordCloseFailure(info, t);
    }
  }
}
