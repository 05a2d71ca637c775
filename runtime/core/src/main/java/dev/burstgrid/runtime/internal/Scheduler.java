package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.DynamicGroup;
import dev.burstgrid.runtime.GroupInstance;
import dev.burstgrid.runtime.GroupKeys;
import dev.burstgrid.runtime.ResourceFactory;
import dev.burstgrid.runtime.ResourceHandle;
import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.RunStatus;
import dev.burstgrid.runtime.StepBody;
import dev.burstgrid.runtime.StepControls;
import dev.burstgrid.runtime.StepInfo;
import dev.burstgrid.runtime.StepListener;
import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.Verbosity;
import dev.burstgrid.runtime.spi.Metrics;
import dev.burstgrid.runtime.spi.RunMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The state of one run behind {@link dev.burstgrid.runtime.GridRun}: tasks, resources,
 * fail-fast cancellation, counters and the final cleanup. See {@code CONCURRENCY.md}.
 */
public final class Scheduler {

  private final RunOptions options;
  private final RunBinding binding; // null outside a load test
  private final RunMetrics metrics; // null outside a load test
  private final ProgressLog log;
  private final StepThreads threads;
  private final long startNanos;
  private final java.util.function.LongSupplier clock; // options.nanoClock(), read per step

  private final TaskList tasks = new TaskList();
  private final ConcurrentLinkedQueue<ResourceSlot<?>> resources = new ConcurrentLinkedQueue<>();
  private final List<ResourceSlot<?>> created = new ArrayList<>(); // guarded by itself
  private boolean cleanedUp; // guarded by created
  private final List<RunFailure> closeErrors = new ArrayList<>(); // guarded by itself

  private final CompletableFuture<Void> settled = new CompletableFuture<>();
  private final CompletableFuture<Void> stopping = new CompletableFuture<>();
  private final CompletableFuture<RunResult> finished = new CompletableFuture<>();

  private volatile boolean cancelled;
  private volatile String skipReason = "the run stopped";
  private final AtomicReference<RunFailure> rootFailure = new AtomicReference<>();

  private final java.util.concurrent.locks.StampedLock startGate = new java.util.concurrent.locks.StampedLock();
  private final ConcurrencyLimit runLimit; // --max-concurrency, or null
  // Step instances by how they ended, then the run's counters and flags: one array, not an
  // object each, since a load test starts a run per iteration.
  private static final int OK = 0;
  private static final int FAILED = 1;
  private static final int CANCELLED = 2;
  private static final int SKIPPED = 3;
  private static final int SKIPPED_BY_CONDITION = 4;
  private static final int UNSETTLED = 5; // tasks not yet settled, plus one for the schedule's builder
  private static final int SEQUENCE = 6;
  private static final int AWAIT_CALLED = 7; // 0 or 1
  private static final int CANCEL_STARTED = 8; // 0 or 1
  private final AtomicLongArray counts = new AtomicLongArray(9);
  private final AtomicReference<RunFailure> continuedFailure = new AtomicReference<>();
  /**
   * A load iteration's own thread (its VU's), which would otherwise only wait in {@link #await}:
   * it keeps the first task that becomes ready while it builds the schedule, and runs it (and
   * what follows, see {@link Continuation}) when it gets to await. Null outside a load test,
   * where the main thread stays free to enforce the cancel grace.
   */
  private volatile Thread owner;
  private final AtomicReference<Task> ownerNext = new AtomicReference<>();
  private final StepListener listener; // null: nobody listens (always in a load test's iterations)
  /**
   * Whether starts and normal ends pass {@link #startGate}: only when someone sees their order
   * against the root cause's line (the log shows events, or a listener hears them). Without, a
   * step ending as the run stops counts as whichever the flag said, and parallel steps of a load
   * iteration do not contend for the gate.
   */
  private final boolean gated;

  public Scheduler(RunOptions options) {
    this(options, null);
  }

  /** A run that is one iteration of a load test when {@code binding} is not null. */
  public Scheduler(RunOptions options, RunBinding binding) {
    this.options = options;
    this.binding = binding;
    counts.set(UNSETTLED, 1);
    this.metrics = binding == null ? null : binding.metrics();
    this.listener = binding == null ? options.stepListener() : null;
    this.clock = options.nanoClock();
    this.startNanos = clock.getAsLong();
    this.runLimit = options.maxConcurrency() > 0 ? new ConcurrencyLimit(options.maxConcurrency()) : null;
    this.log = options.verbosity() == Verbosity.SILENT
        ? ProgressLog.SILENT // a load test's iterations: one log that writes nothing for all
        : new ProgressLog(options.err(), options.verbosity(), clock, startNanos);
    this.gated = log.showsEvents() || listener != null;
    this.threads =
        binding != null
            ? binding.threads()
            : StepThreads.start(options.executor(), options.maxPlatformThreads());
    if (binding != null) {
      owner = Thread.currentThread();
      binding.attach(this);
    }
  }

  // ---- building the schedule ----

  public <T> CompletableFuture<T> step(
      StepInfo info,
      StepControls controls,
      List<? extends CompletableFuture<?>> deps,
      List<? extends ResourceHandle<?>> uses,
      StepBody<T> body) {
    ResourceSlot<?>[] slots = slots(uses);
    StepTask<T> task = new StepTask<>(this, info, slots, controls, limits(controls), body);
    task.schedule(withResourceDeps(deps, slots));
    return task.future;
  }

  private ConcurrencyLimit[] limits(StepControls controls) {
    ConcurrencyLimit group = controls.limit();
    if (group == null) {
      return runLimit == null ? NO_LIMITS : new ConcurrencyLimit[] {runLimit};
    }
    return runLimit == null ? new ConcurrencyLimit[] {group} : new ConcurrencyLimit[] {group, runLimit};
  }

  private static final ConcurrencyLimit[] NO_LIMITS = new ConcurrencyLimit[0];

  private static List<? extends CompletableFuture<?>> withResourceDeps(
      List<? extends CompletableFuture<?>> deps, ResourceSlot<?>[] slots) {
    List<CompletableFuture<?>> all = null;
    for (ResourceSlot<?> slot : slots) {
      if (!slot.deps().isEmpty()) {
        if (all == null) {
          all = new ArrayList<>(deps);
        }
        all.addAll(slot.deps());
      }
    }
    return all == null ? deps : all;
  }

  public <T extends AutoCloseable> ResourceHandle<T> resource(
      ResourceInfo info,
      int consumers,
      List<? extends CompletableFuture<?>> deps,
      ResourceFactory<T> factory,
      ResourceScope scope) {
    if (consumers < 0) {
      throw new IllegalArgumentException("consumers must be ≥ 0, not " + consumers);
    }
    ResourceStore store = binding == null ? null : binding.store(scope);
    ResourceSlot<T> slot = new ResourceSlot<>(this, info, consumers, deps, factory, store);
    resources.add(slot);
    return slot;
  }

  public <K, T> DynamicGroup<K, T> dynamicGroup(
      StepInfo info,
      List<? extends CompletableFuture<?>> deps,
      List<? extends ResourceHandle<?>> uses,
      GroupKeys<K> keys,
      GroupInstance<K, T> instance) {
    DynamicGroupImpl<K, T> group = new DynamicGroupImpl<>(info);
    new ExpansionTask<>(this, group, slots(uses), keys, instance).schedule(deps);
    return group;
  }

  private static final ResourceSlot<?>[] NO_SLOTS = new ResourceSlot<?>[0];

  private ResourceSlot<?>[] slots(List<? extends ResourceHandle<?>> uses) {
    if (uses.isEmpty()) {
      return NO_SLOTS;
    }
    // A step naming one resource in two uses entries is still one consumer of it.
    ResourceSlot<?>[] slots = new ResourceSlot<?>[uses.size()];
    int distinct = 0;
    for (ResourceHandle<?> handle : uses) {
      if (!(handle instanceof ResourceSlot) || ((ResourceSlot<?>) handle).run() != this) {
        throw new IllegalArgumentException(handle + " is not a resource of this run");
      }
      if (!contains(slots, distinct, handle)) {
        slots[distinct++] = (ResourceSlot<?>) handle;
      }
    }
    return distinct == slots.length ? slots : Arrays.copyOf(slots, distinct);
  }

  private static boolean contains(ResourceSlot<?>[] slots, int size, ResourceHandle<?> handle) {
    for (int i = 0; i < size; i++) {
      if (slots[i] == handle) {
        return true;
      }
    }
    return false;
  }

  // ---- stopping ----

  /** Stops the run (Ctrl-C, tests): what waits is skipped, what runs is interrupted. */
  public void cancel() {
    cancel("the run was cancelled");
  }

  private void cancel(String reason) {
    if (!counts.compareAndSet(CANCEL_STARTED, 0, 1)) {
      return;
    }
    skipReason = reason;
    cancelled = true;
    stopEverything();
  }

  /** Skips what waits and interrupts what runs; the cancelled flag is already set. */
  private void stopEverything() {
    stopping.complete(null);
    // Creations first: interrupting their consumer ends them, and with them their hooks.
    for (ResourceSlot<?> slot : resources) {
      slot.cancelCreation();
    }
    for (Task task : tasks.snapshot()) {
      task.cancel();
    }
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public boolean awaitCalled() {
    return counts.get(AWAIT_CALLED) != 0;
  }

  /**
   * Waits until every task settled (bounded by the cancel grace once the run stops), closes
   * what is still open in reverse creation order, stops the threads, and reports.
   */
  public RunResult await() {
    if (!counts.compareAndSet(AWAIT_CALLED, 0, 1)) {
      return finished.join();
    }
    settle(); // the schedule is built
    runOwnTask();
    boolean interrupted = false;
    try {
      if (!settled.isDone()) { // an iteration whose own thread ran its steps is done already
        CompletableFuture.anyOf(settled, stopping).get();
      }
    } catch (InterruptedException e) {
      interrupted = true;
      cancel("the run was interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
    long graceEnd = now() + options.cancelGrace().toNanos();
    interrupted |= waitSettled(graceEnd);
    if (!settled.isDone()) {
      log.note(
          counts.get(UNSETTLED)
              + " step(s) did not stop within "
              + options.cancelGrace().toMillis()
              + "ms of cancellation; abandoning them");
    }
    closeRemainingResources();
    if (binding == null // a load test's threads outlive its iterations
        && !threads.shutdown(Duration.ofNanos(Math.max(graceEnd - now(), 0)).plusMillis(500))) {
      log.note(threads.liveThreads() + " step thread(s) still running at the end of the run");
    }
    RunResult result = result();
    log.summary(result);
    finished.complete(result);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return result;
  }

  /** Runs the task this iteration's own thread kept, if any; from now on it keeps none. */
  private void runOwnTask() {
    boolean own = owner == Thread.currentThread();
    owner = null;
    Task task = ownerNext.getAndSet(null);
    if (task == null) {
      return;
    }
    if (own) {
      Continuation.runHere(task, threads);
    } else {
      execute(task);
    }
  }

  /** Waits for {@link #await} to finish its report; for a shutdown hook. */
  public void awaitFinished(Duration timeout) throws InterruptedException {
    try {
      finished.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // Nothing more to wait for.
    }
  }

  public int liveThreads() {
    return threads.liveThreads();
  }

  public boolean usesVirtualThreads() {
    return threads.isVirtual();
  }

  private boolean waitSettled(long deadline) {
    boolean interrupted = false;
    while (!settled.isDone()) {
      try {
        settled.get(Math.max(deadline - now(), 0), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
        cancel("the run was interrupted");
      } catch (TimeoutException e) {
        break;
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
    return interrupted;
  }

  private void closeRemainingResources() {
    List<ResourceSlot<?>> toClose;
    synchronized (created) {
      cleanedUp = true;
      toClose = created.isEmpty() ? List.of() : new ArrayList<>(created);
    }
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private RunResult result() {
    RunFailure failure = rootFailure.get();
    List<RunFailure> closes;
    synchronized (closeErrors) {
      closes = closeErrors.isEmpty() ? List.of() : List.copyOf(closeErrors);
    }
    if (failure == null) {
      failure = continuedFailure.get();
    }
    RunStatus status;
    if (failure != null) {
      status = RunStatus.FAILED;
    } else if (cancelled) {
      status = RunStatus.CANCELLED;
    } else if (!closes.isEmpty()) {
      status = RunStatus.FAILED;
      failure = closes.get(0);
    } else {
      status = RunStatus.OK;
    }
    return new RunResult(
        status,
        failure,
        closes,
        counts.get(OK),
        counts.get(FAILED),
        counts.get(CANCELLED),
        counts.get(SKIPPED),
        counts.get(SKIPPED_BY_CONDITION),
        Duration.ofNanos(now() - startNanos));
  }

  // ---- called by tasks and resources ----

  public RunOptions options() {
    return options;
  }

  public ProgressLog log() {
    return log;
  }

  long now() {
    return clock.getAsLong();
  }

  String skipReason() {
    return skipReason;
  }

  /** Adds a task; false when the run already stopped (the task is then skipped). */
  boolean register(Task task) {
    if (settled.isDone()) {
      throw new IllegalStateException(
          "cannot schedule " + task.address + ": the run has already finished");
    }
    counts.incrementAndGet(UNSETTLED);
    tasks.add(task);
    if (cancelled) {
      task.cancel();
      return false;
    }
    return true;
  }

  long nextSequence() {
    return counts.getAndIncrement(SEQUENCE);
  }

  /** Runs {@code task} once it holds a permit of each of its limits (it may wait in one). */
  void submit(Task task) {
    for (ConcurrencyLimit limit = task.nextLimit(); limit != null; limit = task.nextLimit()) {
      if (!limit.tryEnter(task)) {
        return; // leaveLimits hands it the permit later
      }
      task.enteredLimit();
    }
    execute(task);
  }

  /** Gives back the permits {@code task} holds, each to the next task waiting for it. */
  void leaveLimits(Task task) {
    for (ConcurrencyLimit limit : task.takeEnteredLimits()) {
      Task next = limit.leave();
      if (next != null) {
        next.enteredLimit();
        submit(next);
      }
    }
  }

  private void execute(Task task) {
    if (Continuation.offer(task)) {
      return; // this thread runs it once its current task is done
    }
    if (owner == Thread.currentThread() && ownerNext.compareAndSet(null, task)) {
      return; // the iteration's own thread runs it when it reaches await
    }
    try {
      threads.execute(task);
    } catch (RejectedExecutionException e) {
      task.cancel();
    }
  }

  void settle() {
    if (counts.decrementAndGet(UNSETTLED) == 0) {
      settled.complete(null);
    }
  }

  /**
   * Logs that {@code task} starts, unless the run stopped: false then. The gate makes "start"
   * and "ok" lines and the root cause's line mutually ordered: none of them follows it.
   */
  boolean startUnlessStopped(Task task) {
    if (!gated) {
      return !cancelled;
    }
    long stamp = startGate.readLock();
    try {
      if (cancelled) {
        return false;
      }
      log.started(task.address, task.location);
      return true;
    } finally {
      startGate.unlockRead(stamp);
    }
  }

  /** Records a normal end unless the run stopped first (the step is then counted cancelled). */
  boolean okUnlessStopped(Task task, long nanos) {
    if (!gated) {
      if (cancelled) {
        return false;
      }
      recordOk(task, nanos);
      return true;
    }
    long stamp = startGate.readLock();
    try {
      if (cancelled) {
        return false;
      }
      recordOk(task, nanos);
      return true;
    } finally {
      startGate.unlockRead(stamp);
    }
  }

  void recordOk(Task task, long nanos) {
    if (task.isStep()) {
      counts.incrementAndGet(OK);
      metricEnded(task, nanos, true);
    }
    log.ok(task.address, task.location, nanos);
    tell(task, StepOutcome.Status.OK, nanos, null);
  }

  /** A failure of a step with {@code on_failure = "continue"}: counted and reported, the run goes on. */
  void recordContinuedFailure(Task task, Throwable cause, long nanos) {
    if (cancelled) {
      recordFailure(task, cause, nanos);
      return;
    }
    RunFailure failure = RunFailure.of(task.address, task.location, cause);
    continuedFailure.compareAndSet(null, failure);
    counts.incrementAndGet(FAILED);
    metricEnded(task, nanos, false);
    log.failed(failure, nanos);
    tell(task, StepOutcome.Status.FAILED, nanos, failure.message());
  }

  /** A race contender stopped because another won: counted cancelled, and the run goes on. */
  void recordLostRace(Task task, long nanos, String winner) {
    counts.incrementAndGet(CANCELLED);
    log.cancelled(task.address, task.location, nanos, "lost the race to " + winner);
  }

  void recordSkippedByCondition(Task task) {
    counts.incrementAndGet(SKIPPED_BY_CONDITION);
    log.skippedByCondition(task.address, task.location);
    tell(task, StepOutcome.Status.SKIPPED_BY_CONDITION, 0, "condition is false");
  }

  void recordRetry(Task task, int attempt, int attempts, Throwable cause, Duration wait) {
    log.retrying(task.address, task.location, attempt, attempts,
        RunFailure.of(task.address, task.location, cause).message(), wait);
  }

  void recordSkipped(Task task, String reason) {
    counts.incrementAndGet(SKIPPED);
    log.skipped(task.address, task.location, reason);
    tell(task, StepOutcome.Status.SKIPPED, 0, reason);
  }

  void recordFailure(Task task, Throwable cause, long nanos) {
    boolean root = fail(task.address, task.location, cause, nanos, task.isStep());
    if (root && task.isStep()) {
      metricEnded(task, nanos, false);
    }
    if (listener != null) {
      tell(task, root ? StepOutcome.Status.FAILED : StepOutcome.Status.CANCELLED, nanos,
          RunFailure.of(task.address, task.location, cause).message());
    }
  }

  /** Tells the run's {@link StepListener}, if any, how a step instance (or a group) ended. */
  private void tell(Task task, StepOutcome.Status status, long nanos, String message) {
    if (listener != null) {
      listener.ended(new StepOutcome(task.address, task.location, status, Duration.ofNanos(nanos), message));
    }
  }

  /** Records a step's end in its metrics, under load; its runner's view is the same object. */
  private void metricEnded(Task task, long nanos, boolean ok) {
    if (metrics != null) {
      ((RunMetrics.Step) task.metrics()).ended(nanos, ok);
    }
  }

  /** Where a step's runner records metrics: nothing outside a load test. */
  Metrics metricsOf(String step) {
    return metrics == null ? Metrics.NONE : metrics.step(step);
  }

  void recordResourceFailure(ResourceInfo info, Throwable cause, long nanos) {
    fail(info.address(), info.location(), cause, nanos, false);
  }

  /** The first failure is the root cause and stops the run; later ones are cancellations. */
  private boolean fail(String address, String location, Throwable cause, long nanos, boolean step) {
    RunFailure failure = RunFailure.of(address, location, cause);
    if (!cancelled && rootFailure.compareAndSet(null, failure)) {
      // Under the gate no step starts or ends ok, so none does after the root cause's line. The
      // line goes out before the flag goes up: whatever sees the flag and is skipped logs after it.
      if (counts.compareAndSet(CANCEL_STARTED, 0, 1)) {
        long stamp = startGate.writeLock();
        try {
          skipReason = "stopped after " + address + " failed";
          counts.incrementAndGet(FAILED);
          log.failed(failure, nanos);
          cancelled = true;
        } finally {
          startGate.unlockWrite(stamp);
        }
        stopEverything();
        return true;
      }
      rootFailure.set(null); // a cancel won the race: this failure is one of its cancellations
    }
    if (step) {
      counts.incrementAndGet(CANCELLED);
    }
    log.cancelled(address, location, nanos, failure.message());
    return false;
  }

  void recordCloseFailure(ResourceInfo info, Throwable cause) {
    RunFailure failure = RunFailure.of(info.address(), info.location(), cause);
    synchronized (closeErrors) {
      closeErrors.add(failure);
    }
    log.closeFailed(failure);
  }

  void hookFailed(Throwable t) {
    log.note("an onCancel hook threw " + t);
  }

  /** Records creation order; false when cleanup already ran (the caller must close it). */
  boolean resourceCreated(ResourceSlot<?> slot) {
    synchronized (created) {
      if (cleanedUp) {
        return false;
      }
      created.add(slot);
      return true;
    }
  }
}
