package dev.burstgrid.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.RunStatus;
import dev.burstgrid.runtime.StepOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real browser: headless Chromium loads it from a file, the DOM it
 * dumps has the tables filled and the charts drawn, the log has no console error, and a
 * screenshot stays at {@code runtime/load/target/report-html/report.png}. Skipped only when
 * no chromium binary is installed (CI installs it).
 */
class HtmlReportTest {

  private static final Path OUT = Path.of("target", "report-html");

  @Test
  void thePageIsSelfContained() {
    String html = HtmlReport.write(ReportRun.run(20));
    assertThat(html).doesNotContain("http://", "https://", "<script", "<link");
    assertThat(html).contains("<svg id=\"chart-latency\"", "<table id=\"steps\"");
  }

  @Test
  void chromiumShowsTablesAndCharts() throws Exception {
    Opened opened = open(HtmlReport.write(ReportRun.run(30)), "report");
    String dom = opened.dom();
    HeadlessChromium.screenshot(opened.chromium(), opened.page(), opened.profile(), OUT.resolve("report.png"),
        opened.log());

    assertThat(dom).contains("<table id=\"steps\">").contains("step.http_request.fetch").contains("step.print.parse");
    assertThat(dom).contains("no_failures").contains("✗ failed").contains("status is 200");
    assertThat(dom).contains("grid.hcl:7:1").contains("grid.hcl:30:1").contains("grid.hcl:5:3");
    assertThat(count(dom, "<polyline class=\"series\"")).isEqualTo(6);
    assertThat(count(dom, "<rect class=\"bar\"")).isEqualTo(20);
    assertThat(dom).containsPattern("points=\"[0-9.]+,[0-9.]+ ");
    assertThat(Files.readString(opened.log())).doesNotContain("CONSOLE").doesNotContain("Uncaught");
    assertThat(OUT.resolve("report.png")).isNotEmptyFile();
  }

  /** A single run's page: tiles of step outcomes and a table of each step, in the browser too. */
  @Test
  void chromiumShowsASingleRunsSteps() throws Exception {
    Instant start = Instant.parse("2026-12-01T10:00:00Z");
    RunFailure failure = new RunFailure("step.cmd.fails", "grid.hcl:6:1", new IllegalStateException("exit code 3"));
    RunReport report = RunReport.ofSingleRun("grid.hcl", start, start.plusMillis(40),
        new RunResult(RunStatus.FAILED, failure, List.of(), 1, 1, 0, 1, Duration.ofMillis(40)), List.of(
            new StepOutcome("step.print.first", "grid.hcl:2:1", StepOutcome.Status.OK, Duration.ofMillis(3), ""),
            new StepOutcome("step.cmd.fails", "grid.hcl:6:1", StepOutcome.Status.FAILED, Duration.ofMillis(30),
                "exit code 3"),
            new StepOutcome("step.print.after", "grid.hcl:11:1", StepOutcome.Status.SKIPPED, Duration.ZERO,
                "stopped after step.cmd.fails failed")));

    Opened opened = open(HtmlReport.write(report), "single-run");
    String dom = opened.dom();

    assertThat(dom).contains("<table id=\"step-results\">", "a step failed", "step.print.after", "grid.hcl:6:1",
        "exit code 3", "stopped after step.cmd.fails failed");
    assertThat(count(dom, "<tr>")).isGreaterThanOrEqualTo(4 + 2); // the steps, their header, the failures table
    assertThat(Files.readString(opened.log())).doesNotContain("CONSOLE").doesNotContain("Uncaught");
  }

  /** A run that did not start: its page says so and lists the diagnostics, in the browser too. */
  @Test
  void chromiumShowsWhyARunDidNotStart() throws Exception {
    RunReport report = RunReport.notStarted("grid.hcl", Instant.parse("2026-12-01T10:00:00Z"), 3, List.of(
        new ReportDiagnostic("error", "grid/unknown-argument", "Unsupported argument",
            "An argument named \"ulr\" is not expected; did you mean \"url\"?", "grid.hcl:4:5"),
        ReportDiagnostic.usage("Invalid value for -var users")));

    Opened opened = open(HtmlReport.write(report), "not-started");
    String dom = opened.dom();
    HeadlessChromium.screenshot(opened.chromium(), opened.page(), opened.profile(), OUT.resolve("not-started.png"),
        opened.log());

    assertThat(dom).contains("<table id=\"diagnostics\">", "did not start (exit 3)", "grid.hcl:4:5",
        "did you mean \"url\"?", "grid/unknown-argument", "Invalid value for -var users");
    assertThat(count(dom, "<tr>")).isEqualTo(3);
    assertThat(dom).doesNotContain("<svg");
    assertThat(Files.readString(opened.log())).doesNotContain("CONSOLE").doesNotContain("Uncaught");
    assertThat(OUT.resolve("not-started.png")).isNotEmptyFile();
  }

  /** A page written to target/report-html/NAME.html, and what headless Chromium made of it. */
  private record Opened(Path chromium, Path page, Path profile, Path log, String dom) {}

  /** Opens {@code html} in Chromium (the test is skipped without one); the log is NAME-chromium.log. */
  private static Opened open(String html, String name) throws Exception {
    Path chromium = HeadlessChromium.find();
    assumeTrue(chromium != null, "no chromium binary on the PATH (apt-get install chromium)");
    Files.createDirectories(OUT);
    Path page = OUT.resolve(name + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path log = OUT.resolve(name + "-chromium.log");
    Files.deleteIfExists(log);
    Path profile = Files.createTempDirectory("bggo-chromium");
    return new Opened(chromium, page, profile, log, HeadlessChromium.dumpDom(chromium, page, profile, log));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
