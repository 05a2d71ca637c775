package dev.burstgrid.benchmarks;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.ConfigFile;
import dev.burstgrid.compiler.syntax.HclParser;
import java.util.List;
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
 * Parse, and parse + check (bind, resolve, plan, type-check), of generated grids of 100,
 * 1,000 and 5,000 steps. Target: 5,000 steps (about 2 MB) well under a second warm.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar FrontEnd</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FrontEndBenchmark {
  @Param({"100", "1000", "5000"})
  int steps;

  SourceFile source;
  ModuleCatalog catalog;

  @Setup(Level.Trial)
  public void setUp() {
    source = SourceFile.of("bench.hcl", GridGenerator.grid(steps));
    catalog = ModuleCatalog.load(FrontEndBenchmark.class.getClassLoader());
    Diagnostics diags = new Diagnostics();
    GridCompiler.check(List.of(source), catalog, diags);
    if (diags.hasErrors()) {
      throw new IllegalStateException("generated grid does not check:\n" + diags);
    }
  }

  @Benchmark
  public ConfigFile parse() {
    return HclParser.parseConfig(source, new Diagnostics());
  }

  @Benchmark
  public GridCompiler.Result parseAndCheck() {
    return GridCompiler.check(List.of(source), catalog, new Diagnostics());
  }
}
