package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.internal.StepThreads;
import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a JMH benchmark of a grid shares across its threads (a {@code @State(Scope.Benchmark)}):
 * the step threads, the {@code scope = "run"} resources and the metrics. Each benchmark thread
 * is a {@link BenchmarkVu} with its own {@code scope = "vu"} resources.
 *
 * <pre>{@code
 * try (BenchmarkRun run = BenchmarkRun.start(options, threads); BenchmarkVu vu = run.newVu()) {
 *   vu.iterate(iteration); // throws StepFailedInBenchmark when a step fails
 * }
 * }</pre>
 */
public final class BenchmarkRun implements AutoCloseable {

  private final RunOptions options;
  private final StepThreads threads;
  private final ScopedResources runScope = new ScopedResources();
  private volatile MetricRegistry metrics; // a fresh one per measured interval
  private final AtomicInteger vuIds = new AtomicInteger();

  private BenchmarkRun(RunOptions options, int vus) {
    this.options = options;
    this.metrics = new MetricRegistry(options.nanoClock());
    // As in LoadRun: each VU may block one platform step thread.
    this.threads = StepThreads.start(options.executor(), Math.max(options.maxPlatformThreads(), vus));
  }

  /** Starts the shared part of a benchmark that {@code vus} threads will run. */
  public static BenchmarkRun start(RunOptions options, int vus) {
    return new BenchmarkRun(options, vus);
  }

  /** A new benchmark thread's VU (numbered from 1). */
  public BenchmarkVu newVu() {
    return new BenchmarkVu(vuIds.incrementAndGet(), this);
  }

  RunOptions options() {
    return options;
  }

  StepThreads threads() {
    return threads;
  }

  ScopedResources runScope() {
    return runScope;
  }

  MetricRegistry metrics() {
    return metrics;
  }

  /**
   * The metrics since the last call (or the start), without histograms; iterations from now on
   * record into fresh ones, so that each JMH iteration reports its own step percentiles.
   */
  public MetricsSnapshot nextInterval() {
    MetricRegistry ended = metrics;
    metrics = new MetricRegistry(options.nanoClock());
    return ended.snapshot(false);
  }

  /** Closes the run's resources and stops the threads; a close error is thrown, not swallowed. */
  @Override
  public void close() {
    List<RunFailure> failures = runScope.close();
    threads.shutdown(Duration.ofSeconds(1));
    BenchmarkVu.throwIfAny(failures);
  }
}
