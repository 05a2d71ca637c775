package dev.burstgrid.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime core stays small (issue 6: at most about 3,000 lines): the run API, the scheduler,
 * resource lifecycle, cancellation and the module SPI that every generated grid runs on. The
 * language (bggo-lang) and the load engine (bggo-load) build on its hooks instead of growing it.
 */
class CoreSizeTest {
  /** The most code lines runtime/core/src/main/java may have. */
  static final int LIMIT = 3_000;

  /** Blank lines and lines that start a comment or continue a block comment do not count. */
  private static final Pattern NOT_CODE = Pattern.compile("^\\s*($|//|\\*|/\\*)");

  @Test
  void theCoresMainSourcesStayWithinTheirLineBudget() throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources.resolve("dev/burstgrid/runtime/GridRun.java")).as("run from runtime/core").isRegularFile();
    long lines;
    try (Stream<Path> files = Files.walk(sources)) {
      lines = files.filter(f -> f.toString().endsWith(".java")).mapToLong(CoreSizeTest::codeLines).sum();
    }
    assertThat(lines)
        .as("code lines (not blank, not comment) in runtime/core/src/main/java: the core is kept to at most "
            + LIMIT + " so that it stays the small run API, scheduler, resource lifecycle, cancellation and module"
            + " SPI; move what serves the language to bggo-lang and what serves load tests to bggo-load, behind"
            + " a hook of the core")
        .isLessThanOrEqualTo(LIMIT);
  }

  private static long codeLines(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.filter(line -> !NOT_CODE.matcher(line).find()).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
