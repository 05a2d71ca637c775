package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.Redactor;
import dev.burstgrid.runtime.SkippedByCondition;
import dev.burstgrid.runtime.SkippedException;
import dev.burstgrid.runtime.StepInfo;
import dev.burstgrid.runtime.spi.Metrics;
import dev.burstgrid.runtime.spi.RunContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.BiConsumer;

/**
 * One unit of scheduled work (a step instance, or the expansion of a dynamic group): waits
 * for its dependencies, runs once on a step thread, and is also the {@link RunContext} its
 * body sees.
 *
 * <p>States: WAITING (dependencies pending) → QUEUED (handed to the executor) → RUNNING →
 * DONE; WAITING or QUEUED → SKIPPED when the run stops first. Every transition out of
 * WAITING/QUEUED is a CAS, so exactly one of "start" and "skip" wins.
 */
abstract class Task implements Runnable, BiConsumer<Object, Throwable>, RunContext {

  static final int WAITING = 0;
  static final int QUEUED = 1;
  static final int RUNNING = 2;
  static final int DONE = 3;
  static final int SKIPPED = 4;

  private static final AtomicIntegerFieldUpdater<Task> STATE =
      AtomicIntegerFieldUpdater.newUpdater(Task.class, "state");
  private static final AtomicIntegerFieldUpdater<Task> PENDING =
      AtomicIntegerFieldUpdater.newUpdater(Task.class, "pendingDeps");

  final Scheduler run;
  final String address;
  final String location;
  final String step; // the block, for metrics
  private Metrics metrics; // looked up on first use; racing threads find the same one
  private final ResourceSlot<?>[] uses;
  private final ConcurrencyLimit[] limits; // the group's, then the run's; entered in this order
  private int limitsEntered; // guarded by this
  long sequence; // scheduling order: the order waiting tasks start in under a limit

  private volatile int state;
  private volatile int pendingDeps;
  private boolean usesReleased;
  private Thread thread; // guarded by this
  private CancelHooks hooks; // guarded by this
  long startNanos;

  Task(Scheduler run, StepInfo info, ResourceSlot<?>[] uses) {
    this(run, info, uses, new ConcurrencyLimit[0]);
  }

  Task(Scheduler run, StepInfo info, ResourceSlot<?>[] uses, ConcurrencyLimit[] limits) {
    this.limits = limits;
    this.run = run;
    this.address = info.address();
    this.location = info.location();
    this.step = info.step();
    this.uses = uses;
  }

  /** Registers with the run and starts waiting for {@code deps}. */
  final void schedule(List<? extends CompletableFuture<?>> deps) {
    // One extra count so that dependencies completing during this loop cannot start the
    // task before every callback is attached.
    pendingDeps = deps.size() + 1;
    sequence = run.nextSequence();
    if (!run.register(this)) {
      return;
    }
    for (CompletableFuture<?> dep : deps) {
      dep.whenComplete(this);
    }
    dependencyDone();
  }

  /** A dependency completed. Never recurses into dependents: it only queues work. */
  @Override
  public final void accept(Object value, Throwable failure) {
    if (failure == null || unwrap(failure) instanceof SkippedByCondition) {
      dependencyDone(); // a dependency skipped by its if: only reading its output fails
    } else if (unwrap(failure) instanceof SkippedException upstream) {
      // A dependency that failed with on_failure = "continue", or was skipped for one: this
      // task cannot have its input, and the run goes on without it.
      if (!run.isCancelled() && STATE.compareAndSet(this, WAITING, SKIPPED)) {
        skipped("needs " + upstream.address() + ", which did not complete");
      }
    } else if (!run.isCancelled() && STATE.compareAndSet(this, WAITING, RUNNING)) {
      // Not a step failure (those stop the run before completing their future) but a future
      // derived in generated code, e.g. an index beyond a dynamic group: this task's fault.
      startNanos = run.now();
      failed(failure);
    }
  }

  private static Throwable unwrap(Throwable t) {
    while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private void dependencyDone() {
    if (PENDING.decrementAndGet(this) == 0
        && !run.isCancelled()
        && STATE.compareAndSet(this, WAITING, QUEUED)) {
      run.submit(this);
    }
  }

  @Override
  public final void run() {
    synchronized (this) {
      thread = Thread.currentThread();
    }
    try {
      if (!STATE.compareAndSet(this, QUEUED, RUNNING)) {
        stopRunning();
        return;
      }
      if (run.isCancelled()) {
        stopRunning();
        skipped(run.skipReason());
        return;
      }
      startNanos = run.now();
      execute();
    } finally {
      run.leaveLimits(this);
    }
  }

  /** Whether this task is ready and waits for a thread or a concurrency permit. */
  final boolean isQueued() {
    return state == QUEUED;
  }

  /** The next limit this task must enter before it may run, or null when it holds them all. */
  final synchronized ConcurrencyLimit nextLimit() {
    return limitsEntered < limits.length ? limits[limitsEntered] : null;
  }

  /** This task now holds a permit of the limit {@link #nextLimit} named. */
  final synchronized void enteredLimit() {
    limitsEntered++;
  }

  private static final ConcurrencyLimit[] NONE_HELD = new ConcurrencyLimit[0];

  /** The limits this task holds a permit of, newest first; it then holds none. */
  final synchronized ConcurrencyLimit[] takeEnteredLimits() {
    if (limitsEntered == 0) {
      return NONE_HELD;
    }
    ConcurrencyLimit[] held = new ConcurrencyLimit[limitsEntered];
    for (int i = 0; i < limitsEntered; i++) {
      held[i] = limits[limitsEntered - 1 - i];
    }
    limitsEntered = 0;
    return held;
  }

  /**
   * Fires the running attempt's cancel hooks, then interrupts its body, without stopping the run
   * (a timeout). Under this task's lock, which the attempt takes to end: so its hooks have run
   * before the step fails and the run can report. Hooks added later start a fresh set.
   */
  final synchronized void cancelAttempt() {
    if (hooks != null) {
      hooks.fire();
      hooks = null;
    }
    if (thread != null) {
      thread.interrupt();
    }
  }

  /** Forgets the hooks of an attempt that ended, so the next attempt registers its own. */
  final synchronized void freshHooks() {
    hooks = null;
  }

  /** The work, on a step thread. Must end with exactly one finishing call. */
  abstract void execute();

  /** Completes this task's future(s) as skipped. */
  abstract void completeSkipped(String reason);

  /** Completes this task's future(s) with {@code failure}. */
  abstract void completeFailed(Throwable failure);

  /** Whether this task counts as a step in the run's totals. */
  boolean isStep() {
    return true;
  }

  /** Stops the run if it is still going: skips what waits, interrupts what runs. */
  final void cancel() {
    stop(null);
  }

  /** Skips this task if it waits (for {@code reason}, or the run's), interrupts it if it runs. */
  final void stop(String reason) {
    while (true) {
      int s = state;
      if (s == WAITING || s == QUEUED) {
        if (STATE.compareAndSet(this, s, SKIPPED)) {
          skipped(reason == null ? run.skipReason() : reason);
          return;
        }
      } else {
        if (s == RUNNING) {
          interruptAndFireHooks();
        }
        return;
      }
    }
  }

  private void interruptAndFireHooks() {
    CancelHooks toFire;
    synchronized (this) {
      if (thread != null) {
        thread.interrupt();
      }
      toFire = hooks;
    }
    if (toFire != null) {
      toFire.fire();
    }
  }

  /** Detaches the current thread: a late cancel can no longer interrupt it. */
  final void stopRunning() {
    synchronized (this) {
      thread = null;
    }
    Thread.interrupted();
  }

  // ---- finishing: each releases uses, records the outcome, completes, then settles ----

  final void skipped(String reason) {
    state = SKIPPED;
    run.leaveLimits(this);
    releaseUses();
    run.recordSkipped(this, reason);
    completeSkipped(reason);
    run.settle();
  }

  final void failed(Throwable failure) {
    // Stop the run first, so resources close in reverse creation order during cleanup rather
    // than one by one here.
    recordFailure(failure, run.now() - startNanos);
    releaseUses();
    state = DONE;
    completeFailed(failure);
    run.settle();
  }

  /** Records this task's failure with the run; the first stops it. */
  void recordFailure(Throwable failure, long nanos) {
    run.recordFailure(this, failure, nanos);
  }

  /** Marks a normal end; the caller then completes its future(s) and settles. */
  final void markDone() {
    state = DONE;
  }

  /** Releases each used resource once; the last release closes it (unless the run stopped). */
  final void releaseUses() {
    if (usesReleased) {
      return;
    }
    usesReleased = true;
    for (ResourceSlot<?> slot : uses) {
      slot.release();
    }
  }

  /** Marks the uses as handed over (a dynamic group passed them on to its instances). */
  final void usesHandedOver() {
    usesReleased = true;
  }

  final ResourceSlot<?>[] uses() {
    return uses;
  }

  // ---- RunContext ----

  @Override
  public final String address() {
    return address;
  }

  @Override
  public final String location() {
    return location;
  }

  @Override
  public final PrintStream out() {
    return run.options().out();
  }

  @Override
  public final Map<String, String> environment() {
    return run.options().environment();
  }

  @Override
  public final Path gridDirectory() {
    return run.options().gridDirectory();
  }

  @Override
  public final Redactor redactor() {
    return run.options().redactor();
  }

  @Override
  public final void onCancel(Runnable hook) {
    CancelHooks h;
    synchronized (this) {
      if (hooks == null) {
        hooks = new CancelHooks(run::hookFailed);
      }
      h = hooks;
    }
    h.add(hook);
    if (run.isCancelled()) {
      h.fire();
    }
  }

  @Override
  public final boolean isCancelled() {
    return run.isCancelled();
  }

  @Override
  public final Metrics metrics() {
    Metrics m = metrics;
    if (m == null) {
      m = metrics = run.metricsOf(step); // one registry lookup per task, however often asked
    }
    return m;
  }
}
