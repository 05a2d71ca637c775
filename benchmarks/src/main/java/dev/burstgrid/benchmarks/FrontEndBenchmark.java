package dev.burstgrid.benchmarks;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.bertramlabs.plugins.hcl4j.HCLParserException;
import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.schema.ModuleCatalog;
import dev.burstgrid.compiler.source.SourceFile;
import dev.burstgrid.compiler.syntax.ConfigFile;
import dev.burstgrid.compiler.syntax.HclParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
 * 1,000 and 5,000 steps. Target: 5,000 steps (about 1.5 MB) well under a second warm.
 *
 * <p>{@code hcl4jParse} is the baseline: hcl4j's {@code HCLParser.parse} (lex, parse and its
 * eager evaluation; it builds maps, no syntax tree) of the same grids, at 100 and 1,000 steps
 * only, because its time grows quadratically (5,000 steps took minutes).
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

  /** The grids hcl4j parses in reasonable time; sizes as {@link #steps}. */
  @State(Scope.Benchmark)
  public static class Hcl4jInput {
    @Param({"100", "1000"})
    int steps;

    String text;

    @Setup(Level.Trial)
    public void setUp() {
      text = GridGenerator.grid(steps);
    }
  }

  @Benchmark
  public Map<String, Object> hcl4jParse(Hcl4jInput input) throws HCLParserException, IOException {
    return new HCLParser().parse(input.text);
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
