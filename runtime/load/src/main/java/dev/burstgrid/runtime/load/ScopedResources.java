package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.ResourceFactory;
import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.internal.ResourceStore;
import dev.burstgrid.runtime.spi.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The instances of the resources that outlive an iteration: one store per VU ({@code scope =
 * "vu"}) and one per load run ({@code "run"}). The first iteration to use a resource creates
 * it (others wait on the same future, holding no lock); a failed creation is forgotten, so a
 * later iteration tries again. {@link #close} closes every instance in reverse creation order;
 * the store then refuses new ones.
 */
public final class ScopedResources implements ResourceStore {

  // Read without the lock: every iteration of a load test looks its shared resources up here.
  // Keyed by address, unique in a grid: a String's hash is cached, while a record's hashCode
  // and equals go through method handles, slow until the JIT has compiled them.
  private final Map<String, CompletableFuture<AutoCloseable>> instances = new ConcurrentHashMap<>();
  private final List<ResourceInfo> creationOrder = new ArrayList<>(); // guarded by this
  private volatile boolean closed; // written under this

  @Override
  public <T extends AutoCloseable> T acquire(
      ResourceInfo info, ResourceFactory<T> factory, Supplier<? extends RunContext> context) throws Exception {
    CompletableFuture<AutoCloseable> cell = closed ? null : instances.get(info.address());
    boolean mine = false;
    if (cell == null) {
      synchronized (this) {
        if (closed) {
          throw new IllegalStateException(info.address() + " is no longer available: its scope has ended");
        }
        cell = instances.get(info.address());
        if (cell == null) {
          cell = new CompletableFuture<>();
          instances.put(info.address(), cell);
          mine = true;
        }
      }
    }
    if (mine) {
      create(info, factory, context, cell);
    }
    try {
      @SuppressWarnings("unchecked") // each info is created by its own factory
      T value = (T) cell.get();
      return value;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }

  private <T extends AutoCloseable> void create(
      ResourceInfo info, ResourceFactory<T> factory, Supplier<? extends RunContext> context,
      CompletableFuture<AutoCloseable> cell) {
    T value;
    try {
      value = java.util.Objects.requireNonNull(factory.create(context.get()), "the factory returned null");
    } catch (Throwable t) {
      synchronized (this) {
        instances.remove(info.address(), cell);
      }
      cell.completeExceptionally(t);
      return;
    }
    synchronized (this) {
      if (!closed) {
        creationOrder.add(info);
        cell.complete(value);
        return;
      }
    }
    cell.completeExceptionally(new IllegalStateException(info.address() + ": its scope ended while it was created"));
    try {
      value.close();
    } catch (Throwable ignored) {
      // Nobody ever used it; the scope's end already reported what mattered.
    }
  }

  /** Closes every instance, newest first; returns the close errors. Later acquires fail. */
  public List<RunFailure> close() {
    List<ResourceInfo> order;
    synchronized (this) {
      if (closed) {
        return List.of();
      }
      closed = true;
      order = new ArrayList<>(creationOrder);
    }
    List<RunFailure> errors = new ArrayList<>();
    for (int i = order.size() - 1; i >= 0; i--) {
      ResourceInfo info = order.get(i);
      try {
        instances.get(info.address()).join().close();
      } catch (Throwable t) {
        errors.add(RunFailure.of(info.address(), info.location(), t));
      }
    }
    return errors;
  }

  /** How many instances are open. */
  public synchronized int open() {
    return closed ? 0 : creationOrder.size();
  }
}
