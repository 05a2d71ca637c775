package dev.burstgrid.compiler.cli.bench;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.Map;

/**
 * The Java of the JMH benchmark around a generated grid: {@code @Benchmark iteration()} runs one
 * iteration; the {@code scope = "run"} resources and step threads live in a
 * {@code @State(Scope.Benchmark)}, each JMH thread is a VU in a {@code @State(Scope.Thread)}
 * holding its {@code scope = "vu"} resources; iteration-scoped ones stay inside the method.
 * Every string from the user is an escaped literal.
 */
final class BenchmarkSource {
  /** The benchmark method's name, the last part of each JMH row's name. */
  static final String METHOD = "iteration";

  private BenchmarkSource() {}

  /**
   * @param gridClass the generated grid's binary name
   * @param fixedJson the fixed variable values as one JSON object
   * @param params grid variables given with {@code -p}, each with its values (one row each)
   */
  static String of(String gridClass, String benchClass, String fixedJson, Map<String, List<String>> params) {
    int dot = benchClass.lastIndexOf('.');
    StringBuilder paramFields = new StringBuilder();
    StringBuilder paramPuts = new StringBuilder();
    params.forEach((name, values) -> {
      paramFields.append("    @Param({").append(String.join(", ", values.stream().map(BenchmarkSource::literal).toList()))
          .append("})\n    public String ").append(name).append(";\n");
      paramPuts.append("      variables.put(").append(literal(name)).append(", Value.string(").append(name).append("));\n");
    });
    return """
        package %s;

        import dev.burstgrid.lang.value.Json;
        import dev.burstgrid.lang.value.Value;
        import dev.burstgrid.lang.GridValues;
        import dev.burstgrid.runtime.load.Iteration;
        import dev.burstgrid.runtime.RunOptions;
        import dev.burstgrid.runtime.RunResult;
        import dev.burstgrid.runtime.Verbosity;
        import dev.burstgrid.runtime.load.BenchmarkRun;
        import dev.burstgrid.runtime.load.BenchmarkVu;
        import java.io.OutputStream;
        import java.io.PrintStream;
        import java.util.LinkedHashMap;
        import java.util.Map;
        import java.util.concurrent.TimeUnit;
        import org.openjdk.jmh.annotations.Benchmark;
        import org.openjdk.jmh.annotations.BenchmarkMode;
        import org.openjdk.jmh.annotations.Fork;
        import org.openjdk.jmh.annotations.Measurement;
        import org.openjdk.jmh.annotations.Mode;
        import org.openjdk.jmh.annotations.OutputTimeUnit;
        import org.openjdk.jmh.annotations.Warmup;
        import org.openjdk.jmh.annotations.Level;
        import org.openjdk.jmh.annotations.Param;
        import org.openjdk.jmh.annotations.Scope;
        import org.openjdk.jmh.annotations.Setup;
        import org.openjdk.jmh.annotations.State;
        import org.openjdk.jmh.annotations.TearDown;
        import org.openjdk.jmh.infra.BenchmarkParams;
        import org.openjdk.jmh.infra.IterationParams;
        import org.openjdk.jmh.profile.InternalProfiler;
        import org.openjdk.jmh.results.AggregationPolicy;
        import org.openjdk.jmh.results.IterationResult;
        import org.openjdk.jmh.results.Result;
        import org.openjdk.jmh.results.ScalarResult;
        import dev.burstgrid.runtime.metrics.MetricValue;
        import dev.burstgrid.runtime.metrics.MetricsSnapshot;
        import dev.burstgrid.runtime.spi.MetricKind;
        import java.util.ArrayList;
        import java.util.Collection;
        import java.util.List;

        /**
         * One iteration of %s per benchmark call (written by bggoc bench). The defaults suit I/O
         * (JmhOptions.DEFAULTS); JMH's command-line options override them.
         */
        @BenchmarkMode(Mode.SampleTime)
        @OutputTimeUnit(TimeUnit.MILLISECONDS)
        @Warmup(iterations = %d, time = %d)
        @Measurement(iterations = %d, time = %d)
        @Fork(%d)
        public class %s {
          /** The benchmark of this JVM (one trial a fork), for the step metrics profiler. */
          static volatile BenchmarkRun current;

          /** -prof %s: each step's duration p50 and p99 in the JMH iteration, as secondary results. */
          public static class StepMetrics implements InternalProfiler {
            @Override
            public String getDescription() {
              return "bggo step durations (p50, p99 in ms)";
            }

            @Override
            public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
              BenchmarkRun run = current;
              if (run != null) {
                run.nextInterval();
              }
            }

            @Override
            public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                IterationResult result) {
              BenchmarkRun run = current;
              List<Result> out = new ArrayList<>();
              if (run == null) {
                return out;
              }
              MetricsSnapshot interval = run.nextInterval();
              for (String name : interval.names()) {
                MetricValue m = interval.get(name).orElseThrow();
                if (m.kind() == MetricKind.TREND && name.startsWith("step.") && name.endsWith(".duration")
                    && m.get("count") > 0) {
                  out.add(new ScalarResult("\u00b7" + name + ".p50", m.get("med"), "ms", AggregationPolicy.AVG));
                  out.add(new ScalarResult("\u00b7" + name + ".p99", m.get("p99"), "ms", AggregationPolicy.MAX));
                }
              }
              return out;
            }
          }

          /** The grid with its variables, step threads and scope = "run" resources. */
          @State(Scope.Benchmark)
          public static class Run {
        %s
            Iteration bggoIteration;
            BenchmarkRun bggoRun;

            @Setup(Level.Trial)
            public void start(BenchmarkParams jmh) throws Exception {
              Map<String, Value> variables = new LinkedHashMap<>(GridValues.attributes(Json.decode(%s)));
        %s
              bggoIteration = %s.load(variables).iteration();
              PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
              bggoRun = BenchmarkRun.start(
                  RunOptions.builder().out(silent).err(silent).verbosity(Verbosity.SILENT).build(), jmh.getThreads());
              current = bggoRun;
            }

            @TearDown(Level.Trial)
            public void close() {
              bggoRun.close(); // current stays: JMH asks profilers for the last iteration after this

            }
          }

          /** A JMH thread as a virtual user with its scope = "vu" resources. */
          @State(Scope.Thread)
          public static class Vu {
            BenchmarkVu vu;

            @Setup(Level.Trial)
            public void start(Run run) {
              vu = run.bggoRun.newVu();
            }

            @TearDown(Level.Trial)
            public void close() {
              vu.close();
            }
          }

          @Benchmark
          public RunResult %s(Run run, Vu vu) throws Exception {
            return vu.vu.iterate(run.bggoIteration);
          }
        }
        """.formatted(benchClass.substring(0, dot), gridClass, JmhOptions.WARMUP_ITERATIONS,
        JmhOptions.WARMUP_SECONDS, JmhOptions.MEASUREMENT_ITERATIONS, JmhOptions.MEASUREMENT_SECONDS,
        JmhOptions.FORKS, benchClass.substring(dot + 1),
        profilerName(benchClass), paramFields,
        literal(fixedJson), paramPuts, gridClass, METHOD);
  }

  /** The -prof name of the benchmark's step metrics profiler. */
  static String profilerName(String benchClass) {
    return benchClass + "$StepMetrics";
  }

  /** A Java string literal of {@code s}, escaped by JavaPoet. */
  static String literal(String s) {
    return CodeBlock.of("$S", s).toString();
  }
}
