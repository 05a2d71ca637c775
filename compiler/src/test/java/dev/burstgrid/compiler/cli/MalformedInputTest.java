package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds truncated, shuffled, bit-flipped and random variants of real grids through {@code
 * bggoc check}: the answer is always a diagnostic with a position (exit 3) or a clean pass
 * (exit 0), never a crash, a stack trace or a hang.
 */
class MalformedInputTest {
  private static final Pattern POSITIONED = Pattern.compile("(?m)^.+\\.hcl:\\d+:\\d+: Error: ");
  private final Random random = new Random(20261126);

  @TempDir Path dir;

  private List<byte[]> grids() throws IOException {
    List<Path> sources = new ArrayList<>();
    Path seed = Path.of("../../shared/seed/grids");
    for (Path root : List.of(seed, Path.of("src/test/resources/check/valid"))) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.list(root)) {
          s.filter(p -> p.toString().endsWith(".hcl")).sorted().forEach(sources::add);
        }
      }
    }
    List<byte[]> out = new ArrayList<>();
    for (Path p : sources) {
      out.add(Files.readAllBytes(p));
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  private CliResult check(byte[] content) throws IOException {
    Path f = dir.resolve("variant.hcl");
    Files.write(f, content);
    return Cli.run("check", f.toString());
  }

  private void assertHandled(byte[] content, boolean mustFail) throws IOException {
    CliResult r = check(content);
    String shown = new String(content, StandardCharsets.UTF_8);
    assertThat(r.err()).as(shown).doesNotContain("Exception").doesNotContain("internal error");
    if (mustFail) {
      assertThat(r.exitCode()).as(shown + "\n" + r).isEqualTo(3);
    } else {
      assertThat(r.exitCode()).as(shown + "\n" + r).isIn(0, 3);
    }
    if (r.exitCode() == 3) {
      assertThat(POSITIONED.matcher(r.err()).find()).as(r.toString()).isTrue();
    }
  }

  @Test
  void truncations() throws IOException {
    for (byte[] grid : grids()) {
      for (int cut = 1; cut < grid.length; cut += 1 + grid.length / 60) {
        byte[] t = new byte[cut];
        System.arraycopy(grid, 0, t, 0, cut);
        assertHandled(t, false);
      }
    }
  }

  @Test
  void shuffledLines() throws IOException {
    for (byte[] grid : grids()) {
      List<String> lines = new ArrayList<>(List.of(new String(grid, StandardCharsets.UTF_8).split("\n")));
      for (int i = 0; i < 8; i++) {
        Collections.shuffle(lines, random);
        assertHandled(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), false);
      }
    }
  }

  @Test
  void flippedBytes() throws IOException {
    for (byte[] grid : grids()) {
      for (int i = 0; i < 10; i++) {
        byte[] t = grid.clone();
        for (int k = 0; k < 3; k++) {
          t[random.nextInt(t.length)] = (byte) random.nextInt(256);
        }
        assertHandled(t, false);
      }
    }
  }

  @Test
  void randomBytesAlwaysFail() throws IOException {
    for (int i = 0; i < 40; i++) {
      byte[] t = new byte[1 + random.nextInt(400)];
      random.nextBytes(t);
      t[0] = (byte) ('{' + (i % 3)); // never a lone comment or whitespace, which would be valid
      assertHandled(t, true);
    }
  }

  @Test
  void deepNestingIsADiagnosticNotAStackOverflow() throws IOException {
    String deep = "step \"print\" \"a\" {\n  arguments { input = " + "[".repeat(20_000) + " }\n}\n";
    assertHandled(deep.getBytes(StandardCharsets.UTF_8), true);
    String parens = "locals {\n  x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "\n}\n";
    assertHandled(parens.getBytes(StandardCharsets.UTF_8), true);
  }
}
