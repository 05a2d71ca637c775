package dev.burstgrid.runtime;

import dev.burstgrid.runtime.internal.RunBinding;
import dev.burstgrid.runtime.internal.Race;
import dev.burstgrid.runtime.internal.Scheduler;
import dev.burstgrid.runtime.internal.ShutdownHook;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One execution of a grid. Generated code starts it, declares resources, schedules every step
 * instance in topological order (each from the futures of its dependencies), then awaits:
 *
 * <pre>{@code
 * try (GridRun run = GridRun.start(options)) {
 *   ResourceHandle<HttpClient> shared = run.resource(SHARED, 4, ctx -> CLIENT.create(cfg, ctx));
 *   CompletableFuture<HttpOut> first =
 *       run.step(FIRST, List.of(), List.of(shared), ctx -> HTTP.run(in, new Uses(shared.get()), ctx));
 *   List<CompletableFuture<HttpOut>> fan = new ArrayList<>(3);
 *   for (int i = 0; i < 3; i++) {
 *     int index = i;
 *     fan.add(run.step(FAN.instance(i), List.of(first), List.of(shared), ctx -> ...index...));
 *   }
 *   run.step(ALL, fan, ctx -> PRINT.run(new PrintIn(GridRun.outputs(fan)), ctx));
 *   return run.await();
 * }
 * }</pre>
 *
 * <p>Steps run on step threads as soon as their dependencies completed normally. The first
 * failure stops the run: waiting steps are skipped, running ones interrupted. See {@code
 * CONCURRENCY.md} for the full model. All methods are thread-safe.
 */
public final class GridRun implements AutoCloseable {

  private final Scheduler scheduler;
  private volatile Map<RunAttachment<?>, Object> attachments; // made on first use: most runs have none
  private final ShutdownHook shutdownHook;

  private GridRun(RunOptions options) {
    this.scheduler = new Scheduler(options);
    this.shutdownHook = options.cancelOnShutdown() ? shutdownHook(options) : null;
  }

  private GridRun(RunBinding binding) {
    this.scheduler = new Scheduler(binding.options(), binding);
    this.shutdownHook = null; // the load test handles Ctrl-C for all its iterations
  }

  /** Starts a run: its threads exist from now until {@link #await} returns. */
  public static GridRun start(RunOptions options) {
    return new GridRun(options);
  }

  /**
   * Starts one iteration of a load test: the same API, on the load test's threads, with
   * resources of scope {@code run} and {@code vu} taken from (and left open in) their scope, and
   * step metrics recorded. A step failure still fails only this iteration. Generated code passes
   * the binding of the load engine's {@code IterationContext}.
   */
  public static GridRun start(RunBinding iteration) {
    return new GridRun(iteration);
  }

  /**
   * Schedules a step instance that uses no resource. See {@link #step(StepInfo, List, List,
   * StepBody)}.
   */
  public <T> CompletableFuture<T> step(
      StepInfo info, List<? extends CompletableFuture<?>> deps, StepBody<T> body) {
    return scheduler.step(info, StepControls.NONE, deps, List.of(), body);
  }

  /**
   * Schedules a step instance: {@code body} runs on a step thread once every future in {@code
   * deps} completed normally, after each resource in {@code uses} was acquired (created if
   * first). The returned future completes with the body's result; with {@link
   * StepFailedException} if it threw; with {@link SkippedException} if it never ran because
   * the run stopped. Each handle in {@code uses} counts this instance as one consumer,
   * whatever its outcome. Never cancel the returned future; call {@link #cancel}.
   */
  public <T> CompletableFuture<T> step(
      StepInfo info,
      List<? extends CompletableFuture<?>> deps,
      List<? extends ResourceHandle<?>> uses,
      StepBody<T> body) {
    return scheduler.step(info, StepControls.NONE, deps, uses, body);
  }

  /**
   * Schedules a step instance under {@code controls} (timeout, retry, delays, on_failure, its
   * group's concurrency limit); otherwise as {@link #step(StepInfo, List, List, StepBody)}. A body
   * that throws {@link SkippedByCondition} is skipped by condition: its future completes with one naming it.
   */
  public <T> CompletableFuture<T> step(
      StepInfo info,
      StepControls controls,
      List<? extends CompletableFuture<?>> deps,
      List<? extends ResourceHandle<?>> uses,
      StepBody<T> body) {
    return scheduler.step(info, controls, deps, uses, body);
  }

  /**
   * A race ({@code depends_on_any}): completes with the first of {@code contenders} (step
   * futures of this run, named by {@code addresses}) to succeed, and then stops the others alone
   * — a waiting one is skipped, a running one interrupted and its cancel hooks fired; each counts
   * cancelled ("lost the race to …") and the run goes on. When none succeeds the race fails with
   * a {@link SkippedException}, so a step waiting for it is skipped. Pass it among a step's deps.
   */
  public CompletableFuture<RaceWinner> race(List<? extends CompletableFuture<?>> contenders, List<String> addresses) {
    return Race.of(contenders, addresses);
  }

  /**
   * The state {@code kind} of this run, created by it on first use (later calls, from any
   * thread, get the same): how a library built on the runtime keeps per-run state, such as
   * bggo-lang's step cache.
   */
  @SuppressWarnings("unchecked") // each kind creates its own type, and is its own key
  public <A> A attachment(RunAttachment<A> kind) {
    Map<RunAttachment<?>, Object> all = attachments;
    if (all == null) {
      synchronized (this) {
        if (attachments == null) {
          attachments = new ConcurrentHashMap<>();
        }
        all = attachments;
      }
    }
    return (A) all.computeIfAbsent(kind, k -> kind.create(scheduler.options(), scheduler.log()));
  }

  /**
   * {@code body} guarded by {@code condition} (a step's {@code if}): an instance whose condition is
   * false is skipped by condition before it starts — no start line, no resource created for it —
   * and its future completes with {@link SkippedByCondition}.
   */
  public static <T> StepBody<T> when(StepCondition condition, StepBody<T> body) {
    return new ConditionalStep<>(condition, body);
  }

  /**
   * Declares a resource with its number of consumers: every step instance that lists it in
   * its uses (once, however many uses entries name it), counting each dynamic group that
   * lists it as one. It is created when the first
   * consumer is about to run and closed once all {@code consumers} finished, or when the run
   * stops.
   */
  public <T extends AutoCloseable> ResourceHandle<T> resource(
      ResourceInfo info, int consumers, ResourceFactory<T> factory) {
    return scheduler.resource(info, consumers, List.of(), factory, ResourceScope.ITERATION);
  }

  /**
   * Declares a resource with its scope: in an iteration of a load test, a {@link
   * ResourceScope#RUN} or {@link ResourceScope#VU} resource is created by the first iteration
   * (of the run, of the VU) that uses it and closed when the load run or the VU ends; this run
   * only borrows it. Outside a load test the scope changes nothing.
   */
  public <T extends AutoCloseable> ResourceHandle<T> resource(
      ResourceInfo info, ResourceScope scope, int consumers, ResourceFactory<T> factory) {
    return scheduler.resource(info, consumers, List.of(), factory, scope);
  }

  /** {@link #resource(ResourceInfo, ResourceScope, int, ResourceFactory)} with step-output deps. */
  public <T extends AutoCloseable> ResourceHandle<T> resource(
      ResourceInfo info,
      ResourceScope scope,
      int consumers,
      List<? extends CompletableFuture<?>> deps,
      ResourceFactory<T> factory) {
    return scheduler.resource(info, consumers, deps, factory, scope);
  }

  /**
   * Declares a resource whose arguments read step outputs: every consumer also waits for
   * {@code deps}, so the factory (run by the first consumer) may {@code join()} them.
   */
  public <T extends AutoCloseable> ResourceHandle<T> resource(
      ResourceInfo info,
      int consumers,
      List<? extends CompletableFuture<?>> deps,
      ResourceFactory<T> factory) {
    return scheduler.resource(info, consumers, deps, factory, ResourceScope.ITERATION);
  }

  /**
   * Schedules a group whose size is known only at run time: once {@code deps} completed,
   * {@code keys} runs on a step thread, each handle in {@code uses} grows from one placeholder
   * consumer to one per instance, and {@code instance} is called for every key in order to
   * schedule it (normally with {@link #step}; instances list the same handles in their uses).
   * A failing {@code keys} (say, a negative count) fails the run at the group's location.
   */
  public <K, T> DynamicGroup<K, T> dynamicGroup(
      StepInfo info,
      List<? extends CompletableFuture<?>> deps,
      List<? extends ResourceHandle<?>> uses,
      GroupKeys<K> keys,
      GroupInstance<K, T> instance) {
    return scheduler.dynamicGroup(info, deps, uses, keys, instance);
  }

  /**
   * Stops the run: steps not yet started are skipped, running ones are interrupted and their
   * onCancel hooks called, resources closed in reverse creation order. {@link #await} then
   * reports {@link RunStatus#CANCELLED} unless a step had failed first. Idempotent.
   */
  public void cancel() {
    scheduler.cancel();
  }

  public boolean isCancelled() {
    return scheduler.isCancelled();
  }

  /**
   * Marks the schedule complete and waits for every scheduled step (dynamic groups
   * included). When the run stops, waits at most {@link RunOptions#cancelGrace} for running
   * steps to return. Then closes the resources still open (reverse creation order), stops the
   * step threads, prints the summary and returns the result. Call it once, from the thread
   * that built the schedule (never from a step body: it would wait for itself); later calls
   * return the same result. Interrupting the waiting thread cancels the run.
   */
  public RunResult await() {
    try {
      return scheduler.await();
    } finally {
      removeShutdownHook();
    }
  }

  /** Cancels the run if {@link #await} was never called (the schedule threw), and cleans up. */
  @Override
  public void close() {
    if (!scheduler.awaitCalled()) {
      scheduler.cancel();
      await();
    }
  }

  /** Step threads still alive; zero after {@link #await} unless some ignored interruption. */
  public int liveThreads() {
    return scheduler.liveThreads();
  }

  /** Whether steps run on virtual threads (JDK 21+ and not {@link ExecutorKind#PLATFORM}). */
  public boolean usesVirtualThreads() {
    return scheduler.usesVirtualThreads();
  }

  /** The outputs of completed futures, in order; for a body that fans in on a group. */
  public static <T> List<T> outputs(List<? extends CompletableFuture<? extends T>> futures) {
    List<T> outputs = new ArrayList<>(futures.size());
    for (CompletableFuture<? extends T> future : futures) {
      outputs.add(future.join());
    }
    return Collections.unmodifiableList(outputs);
  }

  /**
   * The most instances one step may have, in a group expanded at compile time or at run time
   * alike (the compiler checks the same number).
   */
  public static final int MAX_INSTANCES = 1_000_000;

  /** The message for a group larger than {@link #MAX_INSTANCES}: {@code what} says how large. */
  public static String tooManyInstances(String what) {
    return what + ", more than the " + MAX_INSTANCES + " instances a group may have; split the work or lower"
        + " the count";
  }

  private ShutdownHook shutdownHook(RunOptions options) {
    return ShutdownHook.install("bggo-shutdown", () -> {
      scheduler.cancel();
      try {
        scheduler.awaitFinished(options.cancelGrace().plus(Duration.ofSeconds(2)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }

  private void removeShutdownHook() {
    if (shutdownHook != null) {
      shutdownHook.remove();
    }
  }
}
