package dev.burstgrid.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The upstream spec-suite inputs: valid files parse cleanly; the syntax-error cases report
 * errors starting exactly where the {@code .t} expectations say.
 */
class SpecSuiteTest {
  static final Path TESTS = ConformanceVectorsTest.CORPUS.resolve("specsuite/tests");

  /** Case → start positions (line:col) of the expected errors, in order. */
  static final Map<String, List<String>> ERRORS = Map.of(
      "structure/attributes/singleline_bad", List.of("1:14"),
      "structure/blocks/single_unclosed", List.of("1:3"),
      "structure/blocks/single_oneline_invalid", List.of("1:14", "2:14", "4:14", "6:14", "9:5"));

  /** The end positions the suite also pins for the one-line block errors. */
  static final List<String> ONELINE_ENDS = List.of("1:15", "3:1", "5:1", "7:1", "9:8");

  @TestFactory
  Stream<DynamicTest> specSuite() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(TESTS), "spec suite not present");
    List<Path> inputs;
    try (Stream<Path> s = Files.walk(TESTS)) {
      inputs = s.filter(p -> p.toString().endsWith(".hcl")).sorted().toList();
    }
    assertThat(inputs).hasSize(15);
    return inputs.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> check(p)));
  }

  private static String name(Path p) {
    String rel = TESTS.relativize(p).toString();
    return rel.substring(0, rel.length() - ".hcl".length());
  }

  private static void check(Path p) throws IOException {
    Diagnostics diags = new Diagnostics();
    HclParser.parseConfig(SourceFile.of(p.getFileName().toString(), Files.readString(p)), diags);
    List<String> expected = ERRORS.getOrDefault(name(p), List.of());
    List<Diagnostic> sorted = diags.sorted();
    assertThat(sorted.stream().map(d -> d.subject().start().toString()).toList())
        .as(diags.toString()).isEqualTo(expected);
    if (name(p).endsWith("single_oneline_invalid")) {
      assertThat(sorted.stream().map(d -> d.subject().end().toString()).toList())
          .isEqualTo(ONELINE_ENDS);
    }
    if (name(p).endsWith("single_unclosed") || name(p).endsWith("singleline_bad")) {
      Diagnostic d = sorted.get(0);
      assertThat(d.subject().end().column() - d.subject().start().column()).isEqualTo(1);
    }
  }
}
