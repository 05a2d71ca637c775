package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.internal.ShutdownHook;
import dev.burstgrid.runtime.internal.StepThreads;
import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load test: its scenarios at once (each from its start time), sharing step threads, the
 * {@code scope = "run"} resources and the metrics. A failed iteration is measured and the run
 * goes on. {@link #stop} (Ctrl-C) stops starting iterations, waits each scenario's graceful
 * stop, interrupts what still runs and closes everything; {@link #await} then reports.
 *
 * <pre>{@code
 * LoadResult result = LoadRun.run(LoadOptions.of(runOptions).withProgress(ProgressMode.detect()),
 *     List.of(new Scenario("default", new Executor.ConstantVus(10, Duration.ofSeconds(30)), iteration)));
 * System.exit(result.exitCode());
 * }</pre>
 *
 * See {@code runtime/core/CONCURRENCY.md}, "Load engine".
 */
public final class LoadRun {

  private final LoadOptions options;
  private final RunOptions iterationOptions;
  private final List<Scenario> scenarios;
  private final List<ScenarioRun> runs = new ArrayList<>();
  private final MetricRegistry metrics;
  private final StepThreads threads;
  private final ThreadFactory loopThreads;
  private final ScopedResources runScope = new ScopedResources();
  private final AtomicInteger vuIds = new AtomicInteger();
  private final ErrorTally errors = new ErrorTally();
  private final List<RunFailure> closeErrors = new ArrayList<>(); // guarded by itself
  private final long startNanos;
  private final CompletableFuture<LoadResult> finished = new CompletableFuture<>();
  private final ProgressLine progress;
  private final ShutdownHook shutdownHook;
  private volatile boolean interrupted;
  private volatile boolean aborted;

  private LoadRun(LoadOptions options, List<Scenario> scenarios) {
    this.options = options;
    this.iterationOptions = options.iterationOptions();
    this.scenarios = scenarios.stream().map(options.segment()::of).collect(java.util.stream.Collectors.toUnmodifiableList());
    requireUniqueNames(this.scenarios);
    this.startNanos = now();
    this.metrics = new MetricRegistry(iterationOptions.nanoClock());
    // On a platform pool every VU may block one step thread (its iteration's running step):
    // a pool smaller than the VUs would cap the VUs that make progress.
    int vus = 0;
    for (Scenario s : this.scenarios) {
      vus += s.executor().maxVus();
    }
    this.threads = StepThreads.start(iterationOptions.executor(), Math.max(iterationOptions.maxPlatformThreads(), vus));
    this.loopThreads = LoopThreads.of(iterationOptions.executor(), "bggo-vu-");
    this.progress = new ProgressLine(options.progress(), options.run().err(), totalDuration(this.scenarios));
    for (Scenario s : this.scenarios) {
      runs.add(runOf(s));
    }
    for (ScenarioRun run : runs) {
      Thread controller = new Thread(run, "bggo-scenario-" + run.scenario.name());
      controller.setDaemon(true);
      controller.start();
    }
    Thread ticker = new Thread(this::tick, "bggo-load-progress");
    ticker.setDaemon(true);
    ticker.start();
    this.shutdownHook = options.cancelOnShutdown() ? installShutdownHook() : null;
  }

  /**
   * Starts every scenario (each waits for its start time), at {@link LoadOptions#startAt} if
   * set: this thread sleeps until then (an interrupt starts at once, the thread's interrupt
   * status kept).
   */
  public static LoadRun start(LoadOptions options, List<Scenario> scenarios) {
    if (options.startAt() != null) {
      StartAt.sleepUntil(options.startAt());
    }
    return new LoadRun(options, scenarios);
  }

  /** Starts, waits for the end and reports. */
  public static LoadResult run(LoadOptions options, List<Scenario> scenarios) {
    return start(options, scenarios).await();
  }

  /** Ctrl-C: stop starting iterations, finish gracefully, report {@link LoadResult#interrupted}. Idempotent. */
  public void stop() {
    interrupted = true;
    runs.forEach(ScenarioRun::requestStop);
  }

  /** How long the run has been going: a clock read, no snapshot. */
  public Duration elapsed() {
    return metrics.elapsed();
  }

  /** The metrics now, without histograms. */
  public MetricsSnapshot snapshot() {
    return metrics.snapshot(false);
  }

  /** The metrics now, trends with a copy of their histograms: for per-interval reports. */
  public MetricsSnapshot snapshotWithHistograms() {
    return metrics.snapshot(true);
  }

  /**
   * Waits for every scenario to end, closes the run's resources and the threads, evaluates
   * the thresholds and prints the summary on the err stream. Later calls return the same
   * result; interrupting the waiting thread stops the run.
   */
  public LoadResult await() {
    if (finished.isDone()) {
      return finished.join();
    }
    CompletableFuture<?> all = CompletableFuture.allOf(runs.stream().map(r -> r.done).toArray(CompletableFuture[]::new));
    while (true) {
      try {
        all.get();
        break;
      } catch (InterruptedException e) {
        stop();
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
    synchronized (finished) {
      if (finished.isDone()) {
        return finished.join();
      }
      progress.finish();
      closeErrors(runScope.close());
      threads.shutdown(Duration.ofSeconds(1));
      MetricsSnapshot end = metrics.snapshot(true);
      List<ThresholdResult> thresholds = options.thresholds().evaluate(end);
      LoadResult result;
      synchronized (closeErrors) {
        result = new LoadResult(end, thresholds, errors.top(), closeErrors, interrupted, aborted, end.elapsed());
      }
      options.run().err().print(SummaryText.render(result, scenarios, options.trendStats()));
      options.run().err().flush();
      finished.complete(result);
      removeShutdownHook();
      return result;
    }
  }

  // ---- for the scenario runs ----

  MetricRegistry metrics() {
    return metrics;
  }

  StepThreads threads() {
    return threads;
  }

  ThreadFactory loopThreads() {
    return loopThreads;
  }

  ScopedResources runScope() {
    return runScope;
  }

  RunOptions iterationOptions() {
    return iterationOptions;
  }

  long startNanos() {
    return startNanos;
  }

  long now() {
    return options.run().nanoClock().getAsLong();
  }

  int nextVuId() {
    return vuIds.incrementAndGet();
  }

  void noteError(String address, String location, String message) {
    errors.add(address, location, message);
  }

  void closeErrors(List<RunFailure> failures) {
    if (!failures.isEmpty()) {
      synchronized (closeErrors) {
        closeErrors.addAll(failures);
      }
    }
  }

  // ---- internals ----

  private ScenarioRun runOf(Scenario s) {
    Executor e = s.executor();
    if (e instanceof Executor.RampingVus) {
      return new RampingVusRun(this, s);
    } else if (e instanceof Executor.ConstantArrivalRate || e instanceof Executor.RampingArrivalRate
        || e instanceof Executor.ArrivalRateSegment) {
      return new ArrivalRateRun(this, s);
    }
    return FixedVusRun.of(this, s);
  }

  /** Every second: the progress line, and the thresholds that abort on failure. */
  private void tick() {
    CompletableFuture<?> all = CompletableFuture.allOf(runs.stream().map(r -> r.done).toArray(CompletableFuture[]::new));
    while (true) {
      try {
        all.get(1, TimeUnit.SECONDS);
        return;
      } catch (TimeoutException e) {
        if (options.progress() == ProgressMode.NONE && !options.thresholds().abortsOnFail()) {
          continue; // nothing reads a snapshot
        }
        // Every metric only for thresholds that may abort; the line needs a few.
        MetricsSnapshot now = options.thresholds().abortsOnFail() ? metrics.snapshot(false) : null;
        progress.update(now != null ? () -> now : () -> metrics.snapshot(ProgressLine.METRICS));
        if (now != null && shouldAbort(now)) {
          aborted = true;
          runs.forEach(ScenarioRun::requestStop);
        }
      } catch (InterruptedException | ExecutionException e) {
        return;
      }
    }
  }

  private boolean shouldAbort(MetricsSnapshot now) {
    for (ThresholdResult t : options.thresholds().evaluate(now)) {
      if (t.abortOnFail() && !t.passed()) {
        return true;
      }
    }
    return false;
  }

  private static Duration totalDuration(List<Scenario> scenarios) {
    Duration total = Duration.ZERO;
    for (Scenario s : scenarios) {
      Duration end = s.startTime().plus(s.executor().maxDuration());
      total = end.compareTo(total) > 0 ? end : total;
    }
    return total;
  }

  private static void requireUniqueNames(List<Scenario> scenarios) {
    Set<String> seen = new HashSet<>();
    for (Scenario s : scenarios) {
      if (!seen.add(s.name())) {
        throw new IllegalArgumentException("two scenarios are named " + s.name());
      }
    }
  }

  private ShutdownHook installShutdownHook() {
    Duration wait = iterationOptions.cancelGrace().plusSeconds(5);
    for (Scenario s : scenarios) {
      wait = wait.plus(s.gracefulStop());
    }
    long waitNanos = wait.toNanos();
    return ShutdownHook.install("bggo-load-shutdown", () -> {
      stop();
      try {
        finished.get(waitNanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException | ExecutionException | TimeoutException e) {
        // The JVM exits anyway.
      }
    });
  }

  private void removeShutdownHook() {
    if (shutdownHook != null) {
      shutdownHook.remove();
    }
  }
}
