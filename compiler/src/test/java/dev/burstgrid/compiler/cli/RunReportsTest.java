package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.StepOutcome;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import dev.burstgrid.runtime.report.ReportFiles;
import dev.burstgrid.runtime.report.RunReport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code bggoc run --report-json/--report-junit/--report-html} on real grids, and
 * {@code --segment i/N} runs whose merged report equals the whole run's.
 */
@ExtendWith(WrittenReports.class)
class RunReportsTest {
  private static final Path GRIDS = Path.of("src/test/resources/run");

  @TempDir Path dir;

  @Test
  void aLoadRunWritesAllThreeReports() throws Exception {
    CliResult r = runWithReports("load/thresholds.hcl", "r");
    Path json = dir.resolve("r.json");
    Path junit = dir.resolve("r.xml");
    Path html = dir.resolve("r.html");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(99);
    RunReport report = ReportFiles.read(json);
    assertThat(report.value("iterations", "count")).isEqualTo(5);
    assertThat(report.value("step.sleep.pause.duration", "count")).isEqualTo(5);
    assertThat(report.metricsByName().get("iteration_duration").histogram().getTotalCount()).isEqualTo(5);
    assertThat(report.thresholds()).extracting(ThresholdResult::name, ThresholdResult::passed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("enough_iterations", false),
            org.assertj.core.groups.Tuple.tuple("no_failures", true));
    assertThat(report.scenarios()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("five"));
    assertThat(report.exitCode()).isEqualTo(99);

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("enough_iterations");
    assertThat(failure.getAttribute("message")).isEqualTo("metric.iterations.count >= 100 failed: iterations.count=5");
    assertThat(failure.getTextContent()).endsWith("at thresholds.hcl:19:1 (threshold \"enough_iterations\")");
    assertThat(report.thresholds().get(0).location()).isEqualTo("thresholds.hcl:19:1");
    assertThat(Files.readString(html)).contains("enough_iterations", "step.sleep.pause", "<svg id=\"chart-distribution\"");
  }

  @Test
  void aFailedCheckInJunitNamesItsBlockAndItsCounts() throws Exception {
    Path junit = dir.resolve("checks.xml");
    Path json = dir.resolve("checks.json");

    CliResult r = Cli.run("run", "--quiet", GRIDS.resolve("load/checks.hcl").toString(), "-var", "strict=true",
        "--iterations", "3", "--report-junit", junit.toString(), "--report-json", json.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element polite = testCase(doc, "polite");
    Element failure = (Element) polite.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("3 of 3 evaluations failed");
    assertThat(failure.getTextContent()).endsWith("at checks.hcl:15:3 (step.cmd.hello check \"polite\")");
    assertThat(testCase(doc, "exit_zero").getElementsByTagName("failure").getLength()).isZero();
    assertThat(ReportFiles.read(json).checks()).extracting(c -> c.name() + "@" + c.location())
        .containsExactly("exit_zero@checks.hcl:11:3", "polite@checks.hcl:15:3");
  }

  /** {@code bggoc run --quiet GRID} writing NAME.json, NAME.xml and NAME.html into the test's directory. */
  private CliResult runWithReports(String grid, String name) {
    return Cli.run("run", "--quiet", GRIDS.resolve(grid).toString(), "--report-json",
        dir.resolve(name + ".json").toString(), "--report-junit", dir.resolve(name + ".xml").toString(),
        "--report-html", dir.resolve(name + ".html").toString());
  }

  private static Element testCase(Document doc, String name) {
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
        return (Element) cases.item(i);
      }
    }
    throw new AssertionError("no test case " + name);
  }

  @Test
  void segmentsMergeIntoTheWholeRun() throws Exception {
    String grid = GRIDS.resolve("reports/segments.hcl").toString();
    String startAt = Instant.now().toString(); // already past: each part starts at once
    for (int n : new int[] {1, 2, 3, 7}) {
      List<String> merge = new ArrayList<>(List.of("report", "merge"));
      for (int i = 1; i <= n; i++) {
        Path part = dir.resolve("part-" + i + "-of-" + n + ".json");
        CliResult r = Cli.run("run", "--quiet", grid, "--segment", i + "/" + n, "--start-at", startAt,
            "--report-json", part.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(n == 1 ? 0 : 99);
        merge.add(part.toString());
      }
      Path merged = dir.resolve("merged-" + n + ".json");
      merge.addAll(List.of("-o", merged.toString()));

      CliResult r = Cli.run(merge.toArray(String[]::new));

      assertThat(r.exitCode()).as(r.toString()).isZero();
      RunReport m = ReportFiles.read(merged);
      assertThat(m.value("iterations", "count")).as("%d segments", n).isEqualTo(12);
      assertThat(m.metricsByName().get("step.sleep.pause.duration").histogram().getTotalCount()).isEqualTo(12);
      assertThat(m.thresholds()).allMatch(ThresholdResult::passed);
    }
  }

  @Test
  void threeProcessesOfABuiltJarStartTogetherAndMergeIntoTheWholeRun() throws Exception {
    List<String> jar = BuiltJar.build(GRIDS.resolve("reports/segments.hcl"), dir.resolve("segments.jar"));
    // Late enough for three JVMs to start on two busy cores; a part that starts late still runs its share.
    String startAt = Long.toString(Instant.now().plusSeconds(4).toEpochMilli());
    List<Process> parts = new ArrayList<>();
    List<String> merge = new ArrayList<>(List.of("report", "merge"));
    for (int i = 1; i <= 3; i++) {
      Path report = dir.resolve("jar-part-" + i + ".json");
      List<String> command = new ArrayList<>(jar);
      command.addAll(List.of("--quiet", "--segment", i + "/3", "--start-at", startAt, "--report-json", report.toString()));
      parts.add(new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("jar-part-" + i + ".log").toFile()).start());
      merge.add(report.toString());
    }
    for (int i = 0; i < parts.size(); i++) {
      assertThat(parts.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(parts.get(i).exitValue()).as(Files.readString(dir.resolve("jar-part-" + (i + 1) + ".log"))).isEqualTo(99);
    }
    merge.addAll(List.of("-o", dir.resolve("jar-merged.json").toString()));

    CliResult r = Cli.run(merge.toArray(String[]::new));

    assertThat(r.exitCode()).as(r.toString()).isZero();
    RunReport m = ReportFiles.read(dir.resolve("jar-merged.json"));
    assertThat(m.value("iterations", "count")).isEqualTo(12);
    assertThat(m.start()).isAfterOrEqualTo(Instant.ofEpochMilli(Long.parseLong(startAt)).minusMillis(1));
  }

  /** Ctrl-C during a --start-at wait: exit 130 at once (not at the start instant), reports complete and valid. */
  @Test
  void ctrlCWhileWaitingForTheStartExits130AtOnceWithCompleteReports() throws Exception {
    List<String> command = BuiltJar.build(GRIDS.resolve("reports/segments.hcl"), dir.resolve("waiting.jar"));
    Path json = dir.resolve("waiting.json");
    Path junit = dir.resolve("waiting.xml");
    Path html = dir.resolve("waiting.html");
    Instant startAt = Instant.now().plusSeconds(300);
    command.addAll(List.of("--quiet", "--segment", "1/2", "--start-at", startAt.toString(), "--report-json",
        json.toString(), "--report-junit", junit.toString(), "--report-html", html.toString()));
    Process part = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).startsWith("waiting until " + startAt.toString().substring(0, 16));
      new ProcessBuilder("kill", "-INT", Long.toString(part.pid())).start().waitFor();

      assertThat(part.waitFor(30, TimeUnit.SECONDS)).as("exits long before the start instant").isTrue();
      String rest = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(part.exitValue()).as(rest).isEqualTo(130);
      assertThat(rest).contains("no iteration ran");
      RunReport r = ReportFiles.read(json);
      assertThat(r.interrupted()).isTrue();
      assertThat(r.started()).isFalse();
      assertThat(r.exitCode()).isEqualTo(130);
      assertThat(r.value("iterations", "count")).isZero();
      assertThat(r.thresholds()).extracting(ThresholdResult::measured)
          .containsExactly("iterations.count=0", "iteration_failed.rate=0");
      assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
          .getElementsByTagName("testcase").getLength()).isPositive();
      assertThat(Files.readString(html)).contains("interrupted").endsWith("</html>\n");
    } finally {
      part.destroyForcibly();
    }
  }

  @Test
  void aGridThatRunsOnceReportsHowEachStepEnded() throws Exception {
    CliResult r = runWithReports("reports/once.hcl", "once");
    Path json = dir.resolve("once.json");
    Path junit = dir.resolve("once.xml");
    Path html = dir.resolve("once.html");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    RunReport report = ReportFiles.read(json);
    assertThat(report.isSingleRun()).isTrue();
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.steps()).extracting(s -> s.address() + " " + s.status() + " " + s.location())
        .containsExactlyInAnyOrder("step.print.first OK once.hcl:2:1", "step.print.never SKIPPED_BY_CONDITION once.hcl:15:1",
            "step.cmd.fails FAILED once.hcl:6:1", "step.print.after SKIPPED once.hcl:11:1");
    assertThat(report.steps()).filteredOn(s -> s.status() == StepOutcome.Status.FAILED).singleElement()
        .satisfies(s -> assertThat(s.message()).contains("3"));
    assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.address()).isEqualTo("step.cmd.fails"));

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element steps = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(steps.getAttribute("name")).isEqualTo("steps");
    assertThat(List.of(steps.getAttribute("tests"), steps.getAttribute("failures"), steps.getAttribute("skipped"),
        steps.getAttribute("errors"))).containsExactly("4", "1", "2", "0");
    Element failure = (Element) testCase(doc, "step.cmd.fails").getElementsByTagName("failure").item(0);
    assertThat(failure.getTextContent()).endsWith("at once.hcl:6:1");
    assertThat(Files.readString(html)).contains("id=\"step-results\"", "a step failed", "skipped by condition");
    CliResult shown = Cli.run("report", "show", json.toString());
    assertThat(shown.exitCode()).as(shown.toString()).isZero();
    assertThat(shown.out()).contains("failed               step.cmd.fails (once.hcl:6:1)", "exit code 1");
  }

  @Test
  void ctrlCOfAGridThatRunsOnceReportsTheCancelledStep() throws Exception {
    Path json = dir.resolve("once-long.json");
    BggocProcess p = BggocProcess.start(java.util.Map.of(), "run", GRIDS.resolve("reports/once_long.hcl").toString(),
        "--report-json", json.toString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!p.errSoFar().contains("start   step.sleep.long") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();

    CliResult r = p.finish();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(130);
    RunReport report = ReportFiles.read(json);
    assertThat(report.interrupted()).isTrue();
    assertThat(report.steps()).extracting(s -> s.address() + " " + s.status())
        .containsExactly("step.print.first OK", "step.sleep.long CANCELLED");
  }

  @Test
  void aGridThatRunsOnceSaysSegmentsDoNotApply() {
    CliResult r = Cli.run("run", "--quiet", GRIDS.resolve("print_order.hcl").toString(), "--segment", "1/2");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("warning: --segment and --start-at apply to load runs");
  }

  @Test
  void aBadSegmentIsAUsageError() {
    CliResult r = Cli.run("run", "--quiet", GRIDS.resolve("reports/segments.hcl").toString(), "--segment", "4/3");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--segment: a segment is i/N with 1 ≤ i ≤ N");
  }
}
