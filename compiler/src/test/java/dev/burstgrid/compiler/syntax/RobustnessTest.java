package dev.burstgrid.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: random bytes, every truncation of real grids, shuffled lines, pathological
 * nesting. The parser must never throw or hang, and must report an error where the input is
 * certainly invalid.
 */
class RobustnessTest {
  static final Path SEED_GRIDS = Path.of("/work/shared/seed/grids");

  static Diagnostics parse(String text) {
    Diagnostics diags = new Diagnostics();
    SourceFile file = SourceFile.of("r.hcl", text);
    assertThatCode(() -> HclParser.parseConfig(file, diags)).doesNotThrowAnyException();
    assertThatCode(() -> HclParser.parseExpression(file, new Diagnostics()))
        .doesNotThrowAnyException();
    return diags;
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      Diagnostics diags = parse(text);
      if (text.indexOf('\0') >= 0 || text.indexOf('\uFFFD') >= 0) {
        assertThat(diags.hasErrors()).as("garbage %d", i).isTrue();
      }
    }
  }

  @Test
  void randomTokenSoupNeverThrows() {
    String[] pieces = {"a", " ", "\n", "=", "{", "}", "[", "]", "(", ")", "\"", "${", "%{",
        "~}", "}", "<<EOT\n", "EOT\n", "<<-X\n", "1.5", ",", ".", "*", "for", "in", ":", "=>",
        "...", "?", "if", "endif", "#", "/*", "*/", "\\", "::", "-", "!", "&&", "'"};
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int j = 0; j < n; j++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      parse(sb.toString());
    }
  }

  @Test
  void everyTruncationOfSeedGrids() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEED_GRIDS), "seed grids not present");
    List<Path> grids;
    try (Stream<Path> s = Files.list(SEED_GRIDS)) {
      grids = s.filter(p -> p.toString().endsWith(".hcl")).sorted().toList();
    }
    assertThat(grids).isNotEmpty();
    for (Path grid : grids) {
      String text = Files.readString(grid);
      Diagnostics full = new Diagnostics();
      ConfigFile file = HclParser.parseConfig(SourceFile.of("g.hcl", text), full);
      assertThat(full.all()).as(grid + ": " + full).isEmpty();
      for (int cut = 0; cut <= text.length(); cut++) {
        Diagnostics diags = new Diagnostics();
        SourceFile prefix = SourceFile.of("g.hcl", text.substring(0, cut));
        assertThatCode(() -> HclParser.parseConfig(prefix, diags)).doesNotThrowAnyException();
        if (insideBlock(file.body(), cut)) {
          assertThat(diags.hasErrors()).as("%s cut at %d", grid, cut).isTrue();
        }
      }
    }
  }

  /** True if the text before {@code cut} opens a block's brace but not its closing one. */
  private static boolean insideBlock(Body body, int cut) {
    for (Block b : body.blocks()) {
      if (cut >= b.openBrace().end().offset() && cut <= b.closeBrace().start().offset()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void shuffledLinesNeverThrow() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SEED_GRIDS), "seed grids not present");
    Random random = new Random(3);
    try (Stream<Path> s = Files.list(SEED_GRIDS)) {
      for (Path grid : s.filter(p -> p.toString().endsWith(".hcl")).sorted().toList()) {
        List<String> lines = new ArrayList<>(Files.readAllLines(grid));
        for (int i = 0; i < 50; i++) {
          Collections.shuffle(lines, random);
          parse(String.join("\n", lines));
        }
      }
    }
  }

  @Test
  void deepNestingIsADiagnosticNotAStackOverflow() {
    int n = 10_000;
    for (String open : List.of("(", "[", "{a = ", "!", "-", "\"${", "f(", "[*]")) {
      String text = "x = " + (open.equals("[*]") ? "a" : "") + open.repeat(n);
      Diagnostics diags = parse(text);
      assertThat(diags.all()).as(open).anyMatch(d -> d.summary().contains("nested too deeply"));
    }
    Diagnostics blocks = parse("a {\n".repeat(n));
    assertThat(blocks.all()).anyMatch(d -> d.summary().contains("nested too deeply"));
    Diagnostics deepValid = parse("x = " + "(".repeat(200) + "1" + ")".repeat(200));
    assertThat(deepValid.all()).isEmpty();
  }

  @Test
  void hugeSingleLinesAndErrorFloodsStayFast() {
    StringBuilder tuple = new StringBuilder("a = [");
    for (int i = 0; i < 100_000; i++) {
      tuple.append(i).append(", ");
    }
    tuple.append("]\n");
    StringBuilder garbage = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      garbage.append("a = ; '\u00e9\uD83D\uDE00 ");
    }
    String manyLiterals = "x = \"" + "ab${c}~".repeat(50_000) + "\"\n";
    String longHeredoc = "x = <<-EOT\n" + "    line ${x}\n".repeat(50_000) + "EOT\n";
    String oneLongString = "x = \"" + "\uD83D\uDE00".repeat(250_000) + "\" +\n";
    for (String text : List.of(tuple.toString(), garbage.toString(), manyLiterals, longHeredoc,
        oneLongString)) {
      long millis = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          Duration.ofSeconds(120), () -> CpuTime.millis(() -> parse(text)));
      assertThat(millis).as("CPU ms for input starting %s", text.substring(0, 12))
          .isLessThan(5_000);
    }
  }

  @Test
  void invalidEncodingIsReportedEverywhere() {
    assertThat(parse("a = \"x\u0000y\"").hasErrors()).isTrue();
    assertThat(parse("# comment \uFFFD\na = 1").hasErrors()).isTrue();
    assertThat(parse("a = <<EOT\n\uD800\nEOT\n").hasErrors()).isTrue();
    assertThat(parse("\uFEFFa = 1").hasErrors()).isTrue();
    assertThat(parse("a = 1\u0007").hasErrors()).isTrue();
  }
}
