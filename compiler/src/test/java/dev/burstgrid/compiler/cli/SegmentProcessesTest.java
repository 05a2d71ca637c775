package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.burstgrid.runtime.report.ReportFiles;
import dev.burstgrid.runtime.report.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every executor split across N concurrent processes of a built jar ({@code --segment i/N} and a
 * common {@code --start-at}) against one local server, for N = 1, 2, 3 and 7. The server counts
 * exactly what the merged report counts; the VU executors' parts' VUs add up to the whole's; the
 * iteration executors run exactly the whole's iterations; the arrival-rate executors make
 * exactly the whole's iterations due, and the server sees the whole's arrival rate within 2%
 * (the grid gives them VUs enough that a cold JVM's slow first iterations never exhaust them).
 * How many iterations a VU executor fits into its duration depends on the latency a loaded
 * machine adds, so that is not compared.
 */
class SegmentProcessesTest {
  private static final String GRID = "src/test/resources/run/reports/segments_all.hcl";
  private static final List<String> ITERATION_EXECUTORS = List.of("shared", "per_vu");
  private static final List<String> RATE_EXECUTORS = List.of("rate", "ramping_rate");
  private static final List<String> VU_EXECUTORS = List.of("constant_vus", "ramping_vus");
  private static final List<String> SCENARIOS =
      List.of("shared", "per_vu", "constant_vus", "ramping_vus", "rate", "ramping_rate");

  @TempDir static Path dir;
  private static Path jar;

  @BeforeAll
  static void build() {
    jar = dir.resolve("segments_all.jar");
    CliResult built = Cli.run("build", GRID, "-o", jar.toString());
    assertThat(built.exitCode()).as(built.toString()).isZero();
  }

  /** 1, 2, 3 and 7 parts and a merge of each: every one wrote a valid report. */
  @AfterAll
  static void everyPartAndMergeWroteAValidReport() throws Exception {
    assertThat(WrittenReports.validateAll(dir)).isEqualTo(1 + 1 + 2 + 1 + 3 + 1 + 7 + 1);
  }

  @Test
  void concurrentSegmentsOfEveryExecutorAddUpToTheWholeRun() throws Exception {
    Run whole = run(1);
    assertThat(whole.report.value("scenario.shared.iterations", "count")).isEqualTo(20);
    assertThat(whole.report.value("scenario.per_vu.iterations", "count")).isEqualTo(12);
    assertThat(due(whole, "rate")).isEqualTo(100);
    assertThat(due(whole, "ramping_rate")).isEqualTo(80);
    assertThat(maxVus(whole, "ramping_vus")).isEqualTo(6);
    for (int n : new int[] {1, 2, 3, 7}) {
      Run parts = n == 1 ? whole : run(n);
      for (String scenario : SCENARIOS) {
        String what = scenario + " in " + n + " processes";
        double iterations = iterations(parts, scenario);
        assertThat(parts.served(scenario)).as(what).isEqualTo((long) iterations);
        if (VU_EXECUTORS.contains(scenario)) {
          assertThat(maxVus(parts, scenario)).as(what + ": VUs").isEqualTo(maxVus(whole, scenario));
        } else { // a part with iterations to run has a VU, even when its share of the VUs is 0
          assertThat(maxVus(parts, scenario)).as(what + ": VUs").isBetween(maxVus(whole, scenario),
              maxVus(whole, scenario) + n);
        }
        if (ITERATION_EXECUTORS.contains(scenario)) {
          assertThat(iterations).as(what).isEqualTo(iterations(whole, scenario));
        } else if (RATE_EXECUTORS.contains(scenario)) {
          assertThat(due(parts, scenario)).as(what + ": due").isEqualTo(due(whole, scenario));
          assertThat((double) parts.served(scenario)).as(what + ": served, of %s due", due(whole, scenario))
              .isCloseTo(due(whole, scenario), withinPercentage(2));
        }
      }
      assertThat(parts.report.metricsByName().get("iteration_duration").histogram().getTotalCount())
          .isEqualTo((long) parts.report.value("iterations", "count"));
    }
  }

  private record Run(RunReport report, List<String> server) {
    /** The requests the server answered for {@code scenario}. */
    long served(String scenario) {
      return server.stream().filter(r -> r.endsWith("/" + scenario)).count();
    }
  }

  private static double iterations(Run run, String scenario) {
    return run.report.value("scenario." + scenario + ".iterations", "count");
  }

  private static int maxVus(Run run, String scenario) {
    return run.report.scenarios().stream().filter(s -> s.name().equals(scenario)).findFirst().orElseThrow().maxVus();
  }

  /** What the schedule made due: started or dropped. */
  private static double due(Run run, String scenario) {
    return iterations(run, scenario) + run.report.value("scenario." + scenario + ".dropped_iterations", "count");
  }

  /** {@code n} processes at once against a fresh server, their reports merged. */
  private static Run run(int n) throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      // Seven JVMs reach the wait in about 1.6 s on two busy cores; a part that starts late still
      // runs its share, only later.
      String startAt = Instant.now().plusMillis(1000 + 500L * n).toString();
      List<Process> processes = new ArrayList<>();
      List<String> merge = new ArrayList<>(List.of("report", "merge"));
      for (int i = 1; i <= n; i++) {
        Path report = dir.resolve(n + "-" + i + ".json");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--quiet", "-var",
            "base_url=" + server.baseUrl(), "--report-json", report.toString()));
        command.addAll(List.of("--segment", i + "/" + n, "--start-at", startAt));
        processes.add(new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dir.resolve(n + "-" + i + ".log").toFile()).start());
        merge.add(report.toString());
      }
      for (int i = 0; i < n; i++) {
        Path log = dir.resolve(n + "-" + (i + 1) + ".log");
        assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).as("part %d of %d ends", i + 1, n).isTrue();
        assertThat(processes.get(i).exitValue()).as(Files.readString(log)).isZero();
      }
      Path merged = dir.resolve(n + "-merged.json");
      merge.addAll(List.of("-o", merged.toString()));
      CliResult r = Cli.run(merge.toArray(String[]::new));
      assertThat(r.exitCode()).as(r.toString()).isZero();
      return new Run(ReportFiles.read(merged), server.requests());
    }
  }
}
