package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  static final Path CASES = Paths.get("src/test/resources/check");
  static final Path SEED = Paths.get("../../shared/seed/grids");

  /** Each errors/*.hcl states its diagnostics inline; check must report exactly those. */
  @TestFactory
  Stream<DynamicTest> errorCasesReportExactlyTheirInlineDiagnostics() throws IOException {
    return files(CASES.resolve("errors")).map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      List<String> expected = InlineExpectations.of(Files.readString(f));
      assertThat(expected).as("a case states at least one expectation").isNotEmpty();
      CliResult r = Cli.run("check", "--format", "json", f.toString());
      assertThat(reported(r.out())).as(r.toString()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(expected.stream().anyMatch(e -> e.startsWith("error")) ? 3 : 0);
      CliResult text = Cli.run("check", f.toString());
      assertThat(text.err()).doesNotContain("Exception").contains(f.toString() + ":");
    }));
  }

  @TestFactory
  Stream<DynamicTest> validGridsPass() throws IOException {
    return files(CASES.resolve("valid")).map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      CliResult r = Cli.run("check", f.toString());
      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.err()).contains("is valid");
    }));
  }

  /** The proof of concept's grids compile unchanged. */
  @TestFactory
  Stream<DynamicTest> seedGridsPass() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEED), "seed grids not present beside the project");
    return files(SEED)
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
          CliResult r = Cli.run("check", f.toString());
          assertThat(r.exitCode()).as(r.toString()).isZero();
        }));
  }

  @Test
  void missingPathIsAUsageError() {
    CliResult r = Cli.run("check", "does/not/exist");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("does not exist");
  }

  @Test
  void directoryWithoutHclFilesIsAUsageError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "x");
    CliResult r = Cli.run("check", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("holds no .hcl file");
  }

  @Test
  void allHclFilesOfADirectoryFormOneGrid(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("a.hcl"), "step \"print\" \"a\" {\n  arguments { input = step.print.b.output.input }\n}\n");
    Files.writeString(dir.resolve("sub/b.hcl"), "step \"print\" \"b\" {\n  arguments { input = 1 }\n}\n");
    CliResult r = Cli.run("check", dir.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("2 steps");
  }

  @Test
  void gridWithoutStepsWarns(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("empty.hcl"), "locals {\n  a = 1\n}\n");
    CliResult r = Cli.run("check", f.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("Warning: Grid has no steps");
  }

  @Test
  void aRejectedStepIsNotAlsoReportedAsAGridWithoutSteps(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("g.hcl"), "step \"print\" \"x y\" {\n  arguments { input = 1 }\n}\n");
    CliResult r = Cli.run("check", f.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains(f + ":1:14: Error: Invalid step label").doesNotContain("Grid has no steps")
        .doesNotContain("Warning");
  }

  @Test
  void textDiagnosticsShowTheSourceLineAndACaret(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("g.hcl"), "step \"print\" \"a\" {\n  arguments { inptu = 1 }\n}\n");
    CliResult r = Cli.run("check", f.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains(f + ":2:15: Error: Unsupported argument")
        .contains("2 |   arguments { inptu = 1 }")
        .contains("  |               ^^^^^")
        .contains("Did you mean \"input\"?");
  }

  static Stream<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".hcl")).sorted().toList().stream();
    }
  }

  /** "error L:C Summary" for each diagnostic of a {@code check --format json} document. */
  static List<String> reported(String json) throws Json.JsonException {
    Value.ObjectValue doc = (Value.ObjectValue) Json.decode(json.trim());
    List<String> out = new ArrayList<>();
    for (Value d : ((Value.TupleValue) doc.attributes().get("diagnostics")).elements()) {
      Value.ObjectValue o = (Value.ObjectValue) d;
      Value.ObjectValue start = (Value.ObjectValue) ((Value.ObjectValue) o.attributes().get("range")).attributes().get("start");
      out.add(((Value.Str) o.attributes().get("severity")).value() + " "
          + Json.encode(start.attributes().get("line")) + ":" + Json.encode(start.attributes().get("column")) + " "
          + ((Value.Str) o.attributes().get("summary")).value());
    }
    return out;
  }
}
