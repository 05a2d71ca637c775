package dev.burstgrid.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.Verbosity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One iteration of a one-step grid, through the generated class's {@code run(RunOptions, Map)}:
 * what a virtual user pays per iteration. The step is the only instance of a {@code count = 1}
 * group, so its URL {@code "${var.base_url}/item/${count.index + 1}"} is evaluated exactly once
 * per op, and {@code base_url} is passed at run time, so nothing folds at compile time.
 *
 * <ul>
 *   <li>{@code echo}: the step is {@link EchoRunner} (returns its input), so the figure is the
 *       generated code plus the scheduler; {@code url=constant} is the same grid with a literal
 *       URL, the floor that the expression's cost sits on.
 *   <li>{@code http}: the step is http_request against a JDK HttpServer on 127.0.0.1.
 * </ul>
 *
 * <p>Every run starts its own step threads: on Java 17 (platform threads) that start dominates
 * time/op and makes bytes/op depend a little on timing; on Java 21+ (virtual threads) both are
 * steadier, so compare figures from the same JVM, preferably a 21+ one ({@code -jvm PATH}).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar Iteration -prof gc</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IterationBenchmark {
  static final String URL_TEMPLATE = "\"${var.base_url}/item/${count.index + 1}\"";
  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
  private static final RunOptions QUIET =
      RunOptions.builder().out(NOWHERE).err(NOWHERE).verbosity(Verbosity.SILENT).build();

  /** A one-step grid compiled through the compiler's own stages, and its variables. */
  abstract static class OneStepGrid {
    private CompilerStages.RunnableGrid grid;

    void compile(String stepType, String urlExpression, String baseUrl) {
      grid = CompilerStages.compile("item", oneStepGrid(stepType, urlExpression), Map.of("base_url", baseUrl));
    }

    RunResult runOnce() {
      RunResult result = grid.run(QUIET);
      if (!result.isOk()) {
        throw new IllegalStateException("the benchmark grid failed: " + result);
      }
      return result;
    }
  }

  @State(Scope.Benchmark)
  public static class EchoGrid extends OneStepGrid {
    static final String BASE_URL = "http://127.0.0.1:9";

    /** {@code template}: the URL template above; {@code constant}: a literal URL. */
    @Param({"template", "constant"})
    String url;

    @Setup(Level.Trial)
    public void setUp() {
      compile("bench_echo", url.equals("constant") ? "\"" + BASE_URL + "/item/1\"" : URL_TEMPLATE, BASE_URL);
      runOnce();
      expect(BASE_URL + "/item/1", EchoRunner.lastUrl());
    }
  }

  @State(Scope.Benchmark)
  public static class HttpGrid extends OneStepGrid {
    private HttpServer server;
    private volatile String lastPath;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      // Without TCP_NODELAY the JDK server's replies wait for delayed ACKs (about 40 ms each).
      System.setProperty("sun.net.httpserver.nodelay", "true");
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", this::answer);
      server.start();
      compile("http_request", URL_TEMPLATE, "http://127.0.0.1:" + server.getAddress().getPort());
      runOnce();
      expect("/item/1", lastPath);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
      try (exchange; InputStream request = exchange.getRequestBody()) {
        request.transferTo(OutputStream.nullOutputStream());
        lastPath = exchange.getRequestURI().getPath();
        byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    }
  }

  @Benchmark
  public RunResult echo(EchoGrid grid) {
    return grid.runOnce();
  }

  @Benchmark
  public RunResult http(HttpGrid grid) {
    return grid.runOnce();
  }

  static String oneStepGrid(String stepType, String urlExpression) {
    return "variable \"base_url\" {\n  type = string\n}\n\n"
        + "step \"" + stepType + "\" \"item\" {\n"
        + "  count = 1\n"
        + "  arguments {\n    url = " + urlExpression + "\n  }\n"
        + "}\n";
  }

  private static void expect(String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException("the grid produced " + actual + ", expected " + expected);
    }
  }
}
