package dev.burstgrid.benchmarks;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.StepInfo;
import dev.burstgrid.runtime.Verbosity;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scheduling overhead: the same DAG shape — one step, a fan-out of {@code width} trivial
 * steps that read it, and a fan-in that sums them — run through {@link GridRun} the way
 * generated code calls it, and as a hand-written {@code CompletableFuture} program on a
 * thread pool. Target: GridRun within 1.2× of the hand-written program.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar Scheduling</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchedulingBenchmark {
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
  private static final StepInfo FIRST = new StepInfo("step.bench.first", "bench.hcl:1:1");
  private static final StepInfo FAN = new StepInfo("step.bench.fan", "bench.hcl:2:1");
  private static final StepInfo SUM = new StepInfo("step.bench.sum", "bench.hcl:3:1");

  @Param({"1000", "10000"})
  int width;

  @Benchmark
  public long gridRun() {
    RunOptions options = RunOptions.builder().out(NOWHERE).err(NOWHERE).verbosity(Verbosity.SILENT).build();
    try (GridRun run = GridRun.start(options)) {
      CompletableFuture<Long> first = run.step(FIRST, List.of(), ctx -> 1L);
      List<CompletableFuture<Long>> fan = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        long n = i;
        fan.add(run.step(FAN.instance(i), List.of(first), ctx -> first.join() + n));
      }
      CompletableFuture<Long> sum = run.step(SUM, fan, ctx -> sum(fan));
      RunResult result = run.await();
      if (!result.isOk()) {
        throw new IllegalStateException(result.toString());
      }
      return sum.join();
    }
  }

  @Benchmark
  public long handWritten() {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> 1L, pool);
      List<CompletableFuture<Long>> fan = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        long n = i;
        fan.add(first.thenApplyAsync(v -> v + n, pool));
      }
      return CompletableFuture.allOf(fan.toArray(CompletableFuture[]::new))
          .thenApplyAsync(ignored -> sum(fan), pool)
          .join();
    } finally {
      pool.shutdown();
    }
  }

  private static long sum(List<CompletableFuture<Long>> futures) {
    long total = 0;
    for (CompletableFuture<Long> f : futures) {
      total += f.join();
    }
    return total;
  }
}
