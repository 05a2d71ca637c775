package dev.burstgrid.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compile time of a {@link GridGenerator} grid, in process, one compile per op: {@code emit}
 * is what {@code bggoc emit} does (check, write the Java, render its text), {@code compile}
 * what {@code bggoc run} does before running (check, write, javac in memory, load). Target:
 * parse + check + generate of 5,000 steps well under a second warm.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar GridCompile</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class GridCompileBenchmark {
  @Param({"5000"})
  int steps;

  String hcl;

  @Setup(Level.Trial)
  public void setUp() {
    hcl = GridGenerator.grid(steps);
  }

  @Benchmark
  public String emit() {
    return CompilerStages.generate(CompilerStages.check("bench", hcl), "bench").source();
  }

  @Benchmark
  public Class<?> compile() {
    return CompilerStages.compile(CompilerStages.generate(CompilerStages.check("bench", hcl), "bench"));
  }
}
