package dev.burstgrid.benchmarks;

import dev.burstgrid.runtime.ExecutorKind;
import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.load.IterationContext;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.ResourceHandle;
import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.StepInfo;
import dev.burstgrid.runtime.Verbosity;
import dev.burstgrid.runtime.load.IterationBinding;
import dev.burstgrid.runtime.load.ScopedResources;
import dev.burstgrid.runtime.internal.StepThreads;
import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.spi.Metrics;
import dev.burstgrid.runtime.spi.RunContext;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Recorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-iteration overhead of a 10-step DAG of trivial steps — a → b c d e → f g h i → j, each
 * middle step reading two of the layer above — run the way generated code runs it, against a
 * hand-written {@code CompletableFuture} program of the same shape on the same kind of
 * threads (virtual per task on 21+, a fixed pool before). Target (issue 7): {@code
 * loadIterationOnVu} within 1.2× of {@code handWrittenOnVu}, both driven as a load test drives
 * iterations (from a VU thread, virtual on 21+); from JMH's platform thread a Java 25 iteration
 * mostly measures waking that thread.
 *
 * <ul>
 *   <li>{@code loadIteration}: one iteration of a load test — {@code GridRun.start(ctx.binding())} on
 *       the load run's shared step threads, step metrics recorded in HdrHistograms.
 *   <li>{@code loadIterationNoMetrics}: the same without a metrics registry.
 *   <li>{@code singleRun}: {@code GridRun.start(options)} as {@code bggoc run} does: each run
 *       starts and stops its own step threads.
 *   <li>{@code oneRequestIteration}: the shape of the load benchmark's grid without the network —
 *       one step using a run-scoped resource and recording what {@code http_request} records
 *       (two counters, two trends, a rate and a counter) — against {@code oneRequestHandWritten},
 *       the same body called directly recording one latency, as the OkHttp loop does: their
 *       difference is what bggo adds to every request.
 * </ul>
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar DagIteration</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DagIterationBenchmark {

  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
  private static final RunOptions OPTIONS =
      RunOptions.builder().out(NOWHERE).err(NOWHERE).verbosity(Verbosity.SILENT).build();
  private static final StepInfo[] STEPS = new StepInfo[10];
  private static final ResourceInfo CLIENT = new ResourceInfo("resource.bench.client", "bench.hcl:20:1");
  private static final AutoCloseable NOTHING_TO_CLOSE = () -> {};

  static {
    for (int i = 0; i < STEPS.length; i++) {
      STEPS[i] = new StepInfo("step.bench.s" + i, "bench.hcl:" + (i + 1) + ":1");
    }
  }

  /**
   * The step threads' kind ({@code -p threadKind=PLATFORM} on JDK 21+ compares the pool); the
   * hand-written program uses the same kind.
   */
  @Param("AUTO")
  public String threadKind;

  private static final int VU_BATCH = 200;

  private StepThreads threads;
  private java.util.concurrent.ThreadFactory vuThreads;
  private ScopedResources runScope;
  private ScopedResources vuScope;
  private MetricRegistry metrics;
  private ExecutorService executor;
  private final Recorder latencies = new Recorder(3);

  @Setup(Level.Trial)
  public void setUp() {
    threads = StepThreads.start(ExecutorKind.valueOf(threadKind), 256);
    runScope = new ScopedResources();
    vuScope = new ScopedResources();
    metrics = new MetricRegistry(System::nanoTime);
    executor = sameKindOfThreads(threads.isVirtual());
    vuThreads = threads.isVirtual() ? StepThreads.virtualThreadFactory() : Thread::new;
    check(handWritten(), "handWritten");
    check(loadIteration(), "loadIteration");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    executor.shutdown();
    threads.shutdown(Duration.ofSeconds(5));
  }

  @Benchmark
  public long loadIteration() {
    return iteration(new IterationBinding(OPTIONS, threads, runScope, vuScope, metrics));
  }

  /**
   * {@code loadIteration} as a load test runs it: {@value #VU_BATCH} iterations one after
   * another on one VU thread, virtual when the steps are (as the load engine's VU loops are),
   * so an iteration's own thread is of its steps' kind. Per iteration.
   */
  @Benchmark
  @OperationsPerInvocation(VU_BATCH)
  public long loadIterationOnVu() throws Exception {
    return onVu(this::loadIteration);
  }

  /** {@code handWritten} driven the same way as {@link #loadIterationOnVu}. */
  @Benchmark
  @OperationsPerInvocation(VU_BATCH)
  public long handWrittenOnVu() throws Exception {
    return onVu(this::handWritten);
  }

  /** Runs {@code iteration} {@value #VU_BATCH} times on a new VU thread; the sum of its results. */
  private long onVu(java.util.function.LongSupplier iteration) throws Exception {
    java.util.concurrent.FutureTask<Long> batch = new java.util.concurrent.FutureTask<>(() -> {
      long sum = 0;
      for (int n = 0; n < VU_BATCH; n++) {
        sum += iteration.getAsLong();
      }
      return sum;
    });
    vuThreads.newThread(batch).start();
    return batch.get();
  }

  @Benchmark
  public long loadIterationNoMetrics() {
    return iteration(new IterationBinding(OPTIONS, threads, runScope, vuScope, null));
  }

  @Benchmark
  public long singleRun() {
    try (GridRun run = GridRun.start(OPTIONS)) {
      return schedule(run);
    }
  }

  private long iteration(IterationBinding binding) {
    try (GridRun run = GridRun.start(new IterationContext(1, 0, "bench", 0, binding).binding())) {
      return schedule(run);
    }
  }

  /** The DAG through the GridRun API, as generated code calls it. */
  private static long schedule(GridRun run) {
    CompletableFuture<Long> a = run.step(STEPS[0], List.of(), ctx -> 1L);
    CompletableFuture<Long> b = run.step(STEPS[1], List.of(a), ctx -> a.join() + 1);
    CompletableFuture<Long> c = run.step(STEPS[2], List.of(a), ctx -> a.join() + 2);
    CompletableFuture<Long> d = run.step(STEPS[3], List.of(a), ctx -> a.join() + 3);
    CompletableFuture<Long> e = run.step(STEPS[4], List.of(a), ctx -> a.join() + 4);
    CompletableFuture<Long> f = run.step(STEPS[5], List.of(b, c), ctx -> b.join() + c.join());
    CompletableFuture<Long> g = run.step(STEPS[6], List.of(c, d), ctx -> c.join() + d.join());
    CompletableFuture<Long> h = run.step(STEPS[7], List.of(d, e), ctx -> d.join() + e.join());
    CompletableFuture<Long> i = run.step(STEPS[8], List.of(e, b), ctx -> e.join() + b.join());
    CompletableFuture<Long> j = run.step(STEPS[9], List.of(f, g, h, i), ctx -> f.join() + g.join() + h.join() + i.join());
    RunResult result = run.await();
    if (!result.isOk()) {
      throw new IllegalStateException(result.toString());
    }
    return j.join();
  }

  @Benchmark
  public long oneRequestIteration() {
    IterationBinding binding = new IterationBinding(OPTIONS, threads, runScope, vuScope, metrics);
    try (GridRun run = GridRun.start(new IterationContext(1, 0, "bench", 0, binding).binding())) {
      ResourceHandle<AutoCloseable> client =
          run.resource(CLIENT, ResourceScope.RUN, 1, ctx -> NOTHING_TO_CLOSE);
      CompletableFuture<Long> request =
          run.step(STEPS[0], List.of(), List.of(client), ctx -> recordLikeARequest(ctx, client.get()));
      if (!run.await().isOk()) {
        throw new IllegalStateException("oneRequestIteration failed");
      }
      return request.join();
    }
  }

  private static long recordLikeARequest(RunContext ctx, AutoCloseable client) {
    long started = System.nanoTime();
    Metrics m = ctx.metrics();
    m.counter("http_reqs").add(1);
    m.trend("http_req_duration").recordNanos(System.nanoTime() - started);
    m.trend("http_req_waiting").record(0.5);
    m.rate("http_req_failed").add(false);
    m.counter("data_received").add(120);
    m.counter("data_sent").add(80);
    return client == NOTHING_TO_CLOSE ? 1 : 0;
  }

  @Benchmark
  public long oneRequestHandWritten() {
    long started = System.nanoTime();
    long result = NOTHING_TO_CLOSE != null ? 1 : 0;
    latencies.recordValue(System.nanoTime() - started);
    return result;
  }

  @Benchmark
  public long handWritten() {
    ExecutorService ex = executor;
    CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> 1L, ex);
    CompletableFuture<Long> b = a.thenApplyAsync(v -> v + 1, ex);
    CompletableFuture<Long> c = a.thenApplyAsync(v -> v + 2, ex);
    CompletableFuture<Long> d = a.thenApplyAsync(v -> v + 3, ex);
    CompletableFuture<Long> e = a.thenApplyAsync(v -> v + 4, ex);
    CompletableFuture<Long> f = b.thenCombineAsync(c, Long::sum, ex);
    CompletableFuture<Long> g = c.thenCombineAsync(d, Long::sum, ex);
    CompletableFuture<Long> h = d.thenCombineAsync(e, Long::sum, ex);
    CompletableFuture<Long> i = e.thenCombineAsync(b, Long::sum, ex);
    return CompletableFuture.allOf(f, g, h, i)
        .thenApplyAsync(v -> f.join() + g.join() + h.join() + i.join(), ex)
        .join();
  }

  /**
   * A new virtual thread per task on 21+ (as the step threads), else a fixed pool of one
   * thread per core, the usual hand-written choice (a cached pool's hand-off costs ~3× more).
   */
  private static ExecutorService sameKindOfThreads(boolean virtual) {
    if (virtual) {
      try {
        return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
  }

  private static void check(long value, String what) {
    if (value != 28) { // f+g+h+i = (2+3)+(3+4)+(4+5)+(5+2)
      throw new IllegalStateException(what + " computed " + value + ", expected 28");
    }
  }
}
