package dev.burstgrid.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code syntax/errors/*.hcl}: each states its expected diagnostics inline as
 * {@code # error: line:col: Summary}, and the parser must report exactly that set.
 */
class ErrorFilesTest {
  private static final Pattern EXPECTATION = Pattern.compile("# error: (\\d+):(\\d+): (.+)");

  @TestFactory
  Stream<DynamicTest> errorFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/syntax/errors").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".hcl")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
        () -> check(p)));
  }

  private static void check(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    Set<String> expected = new TreeSet<>();
    Matcher m = EXPECTATION.matcher(text);
    while (m.find()) {
      expected.add(m.group(1) + ":" + m.group(2) + ": " + m.group(3).trim());
    }
    Diagnostics diags = new Diagnostics();
    HclParser.parseConfig(SourceFile.of(path.getFileName().toString(), text), diags);
    Set<String> actual = new TreeSet<>();
    for (Diagnostic d : diags.all()) {
      assertThat(d.code()).startsWith("syntax/");
      assertThat(d.detail()).isNotBlank();
      actual.add(d.subject().start().line() + ":" + d.subject().start().column() + ": "
          + d.summary());
    }
    assertThat(actual).as(diags.toString()).isEqualTo(expected);
  }
}
