package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.report.ReportDiagnostic;
import dev.burstgrid.runtime.report.ReportFiles;
import dev.burstgrid.runtime.report.RunReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A run that cannot start (the grid does not compile, a variable or an option is bad, the grid
 * is missing) still writes the reports it was asked for, so that a CI job gets one: status
 * {@code not_started}, the exit code, and why, with {@code file:line:col} where there is one.
 */
@ExtendWith(WrittenReports.class)
class NotStartedReportsTest {
  private static final Path GRIDS = Path.of("src/test/resources/run");

  @TempDir Path dir;

  @Test
  void aGridThatDoesNotCompileWritesAllThreeReportsWithItsDiagnostics() throws Exception {
    String grid = GRIDS.resolve("reports/does_not_compile.hcl").toString();

    CliResult r = Cli.run(withReports("run", grid, "--vus", "2", "--duration", "1s"));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    RunReport report = ReportFiles.read(dir.resolve("r.json"));
    assertThat(report.started()).isFalse();
    assertThat(report.exitCode()).isEqualTo(3);
    assertThat(report.metrics()).isEmpty();
    assertThat(report.diagnostics()).extracting(ReportDiagnostic::code, ReportDiagnostic::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("grid/missing-argument", grid + ":3:3"),
            org.assertj.core.groups.Tuple.tuple("grid/unknown-argument", grid + ":4:5"),
            org.assertj.core.groups.Tuple.tuple("grid/invalid-reference", grid + ":10:13"));
    assertThat(report.diagnostics().get(1).detail()).contains("\"inptu\"");

    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("r.xml").toFile());
    Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("diagnostics");
    assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"))).containsExactly("3", "3");
    Element first = (Element) junit.getElementsByTagName("testcase").item(0);
    assertThat(first.getAttribute("name")).isEqualTo(grid + ":3:3: " + report.diagnostics().get(0).summary());
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).startsWith("the run did not start: Missing required argument; ");
    assertThat(failure.getTextContent()).endsWith("at " + grid + ":3:3");

    String html = Files.readString(dir.resolve("r.html"));
    assertThat(html).contains("did not start (exit 3)", "id=\"diagnostics\"", grid + ":10:13").endsWith("</html>\n");

    CliResult shown = Cli.run("report", "show", dir.resolve("r.json").toString());
    assertThat(shown.out()).contains("the run did not start (exit 3):", "error: " + grid + ":4:5: ");
    assertThat(shown.exitCode()).isZero();
  }

  @Test
  void aBadVariableAMissingGridAndAnUnknownOptionEachWriteTheReport() throws Exception {
    List<List<String>> commands = List.of(
        List.of("run", GRIDS.resolve("load/checks.hcl").toString(), "-var", "strict=maybe"),
        List.of("run", dir.resolve("missing.hcl").toString()),
        List.of("run", GRIDS.resolve("reports/segments.hcl").toString(), "--bogus"),
        List.of("run", GRIDS.resolve("reports/segments.hcl").toString(), "--segment", "4/3"),
        List.of("run", GRIDS.resolve("reports/segments.hcl").toString(), "--scenario", "nope"));
    List<String> expected = List.of("Invalid value for -var strict", "does not exist", "Unknown option: '--bogus'",
        "a segment is i/N", "no scenario \"nope\"");
    for (int i = 0; i < commands.size(); i++) {
      Files.deleteIfExists(dir.resolve("r.json"));
      CliResult r = Cli.run(withReports(commands.get(i).toArray(String[]::new)));

      assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
      RunReport report = ReportFiles.read(dir.resolve("r.json"));
      assertThat(report.started()).isFalse();
      assertThat(report.exitCode()).isEqualTo(2);
      assertThat(report.diagnostics()).singleElement().extracting(ReportDiagnostic::summary).asString()
          .contains(expected.get(i));
      NodeList failures = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("r.xml").toFile())
          .getElementsByTagName("failure");
      assertThat(failures.getLength()).as(commands.get(i).toString()).isEqualTo(1);
    }
  }

  @Test
  void aBuiltJarGivenABadArgumentWritesTheReport() throws Exception {
    List<String> command = BuiltJar.build(GRIDS.resolve("reports/segments.hcl"), dir.resolve("segments.jar"));
    command.addAll(List.of(withReports("--segment", "0/3")));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isEqualTo(2);
    RunReport report = ReportFiles.read(dir.resolve("r.json"));
    assertThat(report.started()).isFalse();
    assertThat(report.grid()).isEqualTo("segments");
    assertThat(report.diagnostics()).singleElement().satisfies(d -> assertThat(d.summary()).startsWith("--segment: "));
    assertThat(Files.readString(dir.resolve("r.html"))).contains("id=\"diagnostics\"");
  }

  @Test
  void aStartInstantInThePastStartsAtOnceAndSaysSo() throws Exception {
    CliResult r = Cli.run(withReports("run", "--quiet", GRIDS.resolve("reports/segments.hcl").toString(), "--start-at",
        "2026-01-01T00:00:00Z"));

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(0);
    assertThat(r.err()).contains("--start-at 2026-01-01T00:00:00Z passed ", " ago: starting now");
    RunReport report = ReportFiles.read(dir.resolve("r.json"));
    assertThat(report.started()).isTrue();
    assertThat(report.value("iterations", "count")).isEqualTo(12);
  }

  /** {@code args} and the three report options, to r.json, r.xml and r.html in the test's directory. */
  private String[] withReports(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--report-json", dir.resolve("r.json").toString(), "--report-junit",
        dir.resolve("r.xml").toString(), "--report-html", dir.resolve("r.html").toString()));
    return all.toArray(String[]::new);
  }
}
