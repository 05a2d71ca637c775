package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.report.FixedReports;
import dev.burstgrid.runtime.report.ReportFiles;
import dev.burstgrid.runtime.report.RunReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code bggoc report merge} and {@code bggoc report show} on report files of known values. */
@ExtendWith(WrittenReports.class)
class ReportCommandTest {

  @TempDir Path dir;

  @Test
  void mergeAddsTheSegmentsAndFailsTheThresholdTheWholeRunFails() throws Exception {
    Path even = write("even.json", FixedReports.report(i -> i % 2 == 0));
    Path odd = write("odd.json", FixedReports.report(i -> i % 2 == 1));
    Path merged = dir.resolve("merged.json");

    CliResult r = Cli.run("report", "merge", even.toString(), odd.toString(), "-o", merged.toString(),
        "--report-html", dir.resolve("merged.html").toString(), "--report-junit", dir.resolve("merged.xml").toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(99);
    assertThat(r.out()).contains("merged 2 reports into").contains("100 iterations, a threshold failed");
    RunReport back = ReportFiles.read(merged);
    RunReport whole = FixedReports.report(i -> true);
    assertThat(back.metricsByName().get("iteration_duration").histogram())
        .isEqualTo(whole.metricsByName().get("iteration_duration").histogram());
    assertThat(back.thresholds()).isEqualTo(whole.thresholds());
    assertThat(Files.readString(dir.resolve("merged.html"))).contains("few_failures");
    assertThat(Files.readString(dir.resolve("merged.xml"))).contains("<testcase classname=\"thresholds\" name=\"few_failures\"");
  }

  @Test
  void mergeOfPassingSegmentsExitsZero() throws Exception {
    Path even = write("even.json", FixedReports.report(i -> i % 2 == 0));

    CliResult r = Cli.run("report", "merge", even.toString(), "-o", dir.resolve("m.json").toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("50 iterations, thresholds passed");
  }

  @Test
  void showPrintsTheSummary() throws Exception {
    Path whole = write("whole.json", FixedReports.report(i -> true));

    CliResult r = Cli.run("report", "show", whole.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("default: constant-vus: 1 VU for 10s").contains("✗ few_failures")
        .contains("iteration_failed.rate=0.07").contains("status 500");
  }

  @Test
  void aFileThatIsNotAReportIsAPositionedErrorNotAStackTrace() throws Exception {
    Path bad = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-bad")).resolve("bad.json");
    Files.writeString(bad, "{\"schema_version\": 1,\n  \"grid\": }", StandardCharsets.UTF_8);

    CliResult r = Cli.run("report", "show", bad.toString());
    Files.delete(bad);
    Files.delete(bad.getParent());

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("bad.json:2:11: unexpected character '}'").doesNotContain("Exception");
    CliResult missing = Cli.run("report", "merge", dir.resolve("nope.json").toString(), "-o", dir.resolve("m.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json: no such report file");
  }

  private Path write(String name, RunReport report) throws Exception {
    Path p = dir.resolve(name);
    ReportFiles.write(report, p, null, null);
    return p;
  }
}
