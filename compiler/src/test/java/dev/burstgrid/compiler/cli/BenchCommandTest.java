package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.cli.serve.TargetServer;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bggoc bench} end to end: a real JMH run (one fork, short iterations) of a grid whose one
 * request the local target answers after a fixed delay.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BenchCommandTest {
  private static final String GRID = "src/test/resources/bench/delay.hcl";
  private static final String BENCHMARK = "bggo.generated.DelayGridBench.iteration";
  private static final String[] SHORT = {"-wi", "1", "-i", "2", "-w", "200ms", "-r", "200ms", "-f", "1"};
  private static TargetServer server;

  @TempDir Path dir;

  @BeforeAll
  static void startServer() throws IOException {
    server = TargetServer.start(0);
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  private static CliResult bench(String... more) {
    List<String> args = new ArrayList<>(List.of("bench", GRID, "-var", "base_url=" + server.url()));
    args.addAll(List.of(SHORT));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void avgtScoresAreTheServersDelayWithOneRowPerParameterValue() throws Exception {
    Path json = dir.resolve("result.json");
    CliResult r = bench("-bm", "avgt", "-tu", "ms", "-p", "delay_ms=20,60", "-rff", json.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Defaults for I/O scenarios: 3 x 5s warm-up, 5 x 5s measurement, 1 fork, -bm sample, -tu ms",
        "iteration:\u00b7step.http_request.wait.duration.p99")
        .containsPattern("Benchmark +\\(delay_ms\\) +Mode +Cnt +Score +Error +Units")
        .containsPattern("DelayGridBench\\.iteration +20 +avgt +2 ").containsPattern("DelayGridBench\\.iteration +60 +avgt +2 ");
    List<Value> rows = ((Value.TupleValue) Json.decode(Files.readString(json))).elements();
    assertThat(rows).hasSize(2);
    for (Value row : rows) {
      var attributes = ((Value.ObjectValue) row).attributes();
      double delay = Double.parseDouble(text(((Value.ObjectValue) attributes.get("params")).attributes().get("delay_ms")));
      double score = number(((Value.ObjectValue) attributes.get("primaryMetric")).attributes().get("score"));
      // The server never answers early; the client, the DAG and 2 shared cores may add up to 25 ms.
      assertThat(score).as("score of delay_ms=" + delay).isBetween(delay, delay + 25);
      var secondary = ((Value.ObjectValue) attributes.get("secondaryMetrics")).attributes();
      double stepP50 = number(((Value.ObjectValue) secondary.get("\u00b7step.http_request.wait.duration.p50"))
          .attributes().get("score"));
      assertThat(stepP50).as("the step's p50 of delay_ms=" + delay).isBetween(delay, score);
      assertThat(text(attributes.get("benchmark"))).isEqualTo(BENCHMARK);
    }
  }

  @Test
  void fourThreadsAreFourConcurrentUsersWithAboutFourTimesTheThroughputAndForksAddRows() throws Exception {
    Path one = dir.resolve("one.json");
    Path four = dir.resolve("four.json");
    CliResult r1 = Cli.run("bench", GRID, "-var", "base_url=" + server.url(), "-wi", "1", "-i", "2", "-w", "200ms",
        "-r", "300ms", "-f", "1", "-bm", "thrpt", "-tu", "s", "-t", "1", "-rff", one.toString());
    CliResult r4 = Cli.run("bench", GRID, "-var", "base_url=" + server.url(), "-wi", "1", "-i", "2", "-w", "200ms",
        "-r", "300ms", "-f", "2", "-bm", "thrpt", "-tu", "s", "-t", "4", "-rff", four.toString());
    assertThat(r1.exitCode()).as(r1.toString()).isZero();
    assertThat(r4.exitCode()).as(r4.toString()).isZero();
    assertThat(r4.out()).contains("# Fork: 2 of 2").containsPattern("DelayGridBench\\.iteration +thrpt +4 ");
    double ratio = score(four) / score(one);
    // Requests that wait 30 ms on the server barely load the cores: four users get about four times one's rate
    // (up to 6: one thread's 300 ms iterations still include the cold start; serialised threads would give 1).
    assertThat(ratio).as("thrpt -t 4 / -t 1").isBetween(2.5, 6.0);
  }

  @Test
  void buildBenchWritesARunnableJmhJarThatTakesJmhsOptions() throws Exception {
    Path jar = dir.resolve("bench.jar");
    CliResult built = Cli.run("build", GRID, "--bench", "-o", jar.toString(), "-var", "base_url=" + server.url(),
        "-p", "delay_ms=10");
    assertThat(built.exitCode()).as(built.toString()).isZero();
    java.util.List<Path> javas = new java.util.ArrayList<>(
        java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java")));
    if (java.nio.file.Files.isExecutable(BuildCommandTest.JAVA_25)) {
      javas.add(BuildCommandTest.JAVA_25);
    }
    for (Path java : javas) {
      Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "-wi", "1", "-i", "1", "-w", "200ms",
          "-r", "200ms", "-bm", "avgt", "-p", "delay_ms=10,20").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(java + "\n" + out).isZero();
      assertThat(out).contains("# Fork: 1 of 1", "DelayGridBench.iteration          10  avgt",
          "DelayGridBench.iteration          20  avgt", "ms/op");
    }
  }

  @Test
  void variablesAndParametersGoWithBuildBenchOnly() {
    CliResult r = Cli.run("build", GRID, "-o", dir.resolve("grid.jar").toString(), "-p", "delay_ms=10");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("-var and -p go with --bench");
  }

  @Test
  void aMissingBaselineIsAUsageError() {
    CliResult r = bench("--baseline", dir.resolve("none.json").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read the baseline", "none.json: it does not exist.")
        .doesNotContain("Exception");
  }

  @Test
  void aFailingStepFailsTheBenchmarkWithItsAddressAndLocationAndNoStackTrace() {
    CliResult r = Cli.run("bench", GRID, "-var", "base_url=http://127.0.0.1:1", "-wi", "1", "-i", "1", "-w", "100ms",
        "-r", "100ms", "-f", "1");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("bggoc: the benchmark failed: step.http_request.wait (delay.hcl:12:1): GET"
        + " http://127.0.0.1:1/delay/30 failed: could not connect");
    assertThat(r.out()).contains("step failed: step.http_request.wait (delay.hcl:12:1)")
        .doesNotContain("\tat ", "StepFailedInBenchmark", "Result \"");
  }

  @Test
  void aGridWithCompileErrorsExitsThreeBeforeJmhStarts() throws IOException {
    Path bad = dir.resolve("bad.hcl");
    Files.writeString(bad, "step \"http_request\" \"x\" {\n  arguments { ulr = \"http://127.0.0.1:1\" }\n}\n");
    CliResult r = Cli.run("bench", bad.toString(), "-f", "1");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("bad.hcl:2:");
    assertThat(r.out()).doesNotContain("# Fork");
  }

  @Test
  void aParameterValueTheVariableCannotTakeIsAUsageError() {
    CliResult r = bench("-p", "delay_ms=soon");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("-p delay_ms=soon:", "number");
  }

  @Test
  void theBaselineGatePassesWithinTheAllowedRegressionAndFailsBeyondIt() throws IOException {
    Path similar = baseline("similar.json", 30, 1);
    CliResult pass = bench("-bm", "avgt", "-tu", "ms", "--baseline", similar.toString(), "--max-regression", "100%");
    assertThat(pass.exitCode()).as(pass.toString()).isZero();
    assertThat(pass.out()).contains("Baseline comparison (allowed regression 100.0%)",
        BENCHMARK + " avgt: 30.000 ± 1.000 ms/op -> ").containsPattern("ratio 1\\.\\d+ \\[[\\d.]+, [\\d.]+\\] ok");

    Path fast = baseline("fast.json", 3, 0.1);
    CliResult fail = bench("-bm", "avgt", "-tu", "ms", "--baseline", fast.toString());
    assertThat(fail.exitCode()).as(fail.toString()).isEqualTo(99);
    assertThat(fail.out()).contains(BENCHMARK + " avgt: 3.000 ± 0.100 ms/op -> ", "REGRESSION");
  }

  private static double score(Path json) throws Exception {
    Value row = ((Value.TupleValue) Json.decode(Files.readString(json))).elements().get(0);
    return number(((Value.ObjectValue) ((Value.ObjectValue) row).attributes().get("primaryMetric")).attributes().get("score"));
  }

  /** A JMH JSON result holding the grid's one row with this score. */
  private Path baseline(String name, double score, double error) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, """
        [ { "jmhVersion" : "1.37", "benchmark" : "%s", "mode" : "avgt", "threads" : 1, "forks" : 1,
            "primaryMetric" : { "score" : %s, "scoreError" : %s, "scoreUnit" : "ms/op" } } ]
        """.formatted(BENCHMARK, score, error));
    return file;
  }

  private static String text(Value v) {
    return v instanceof Value.Str s ? s.value() : String.valueOf(v);
  }

  private static double number(Value v) {
    return ((Value.Num) v).value().doubleValue();
  }
}
