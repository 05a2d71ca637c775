package dev.burstgrid.compiler.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Parsing is linear in the input: a generated 2 MB grid of 5,000 step blocks parses well
 * within a generous CPU-time bound (about 0.15 s when warm), and four times the input gives
 * four times the tokens.
 */
class LinearTimeTest {

  static String grid(int steps) {
    StringBuilder sb = new StringBuilder();
    sb.append("variable \"base_url\" {\n  default = \"http://127.0.0.1:8080\"\n}\n");
    for (int i = 0; i < steps; i++) {
      sb.append("# step number ").append(i).append('\n');
      sb.append("step \"http_request\" \"s").append(i).append("\" {\n");
      sb.append("  count = ").append(i % 7).append(" + 1 * 2\n");
      sb.append("  depends_on = [\"http_request.s").append(Math.max(0, i - 1)).append("\"]\n");
      sb.append("  arguments {\n");
      sb.append("    url     = \"${var.base_url}/get/${count.index}?q=").append(i).append("\"\n");
      sb.append("    headers = { Accept = \"application/json\", \"X-Step\" = \"").append(i)
          .append("\" }\n");
      sb.append("    body    = <<-EOT\n      {\"n\": ").append(i)
          .append(", \"items\": [1, 2, 3]}\n      EOT\n");
      sb.append("    codes   = [for c in step.http_request.s0[*].output.status_code : c if c"
          + " >= 200 && c < 300]\n");
      sb.append("    padding = \"").append("x".repeat(250)).append("\"\n");
      sb.append("  }\n}\n");
    }
    return sb.toString();
  }

  @Test
  void twoMegabyteGridParsesQuickly() {
    String text = grid(5_000);
    assertThat(text.length()).isGreaterThan(2_000_000);
    HclParser.parseConfig(SourceFile.of("warm.hcl", grid(500)), new Diagnostics());
    Diagnostics diags = new Diagnostics();
    ConfigFile[] file = new ConfigFile[1];
    long millis = CpuTime.millis(
        () -> file[0] = HclParser.parseConfig(SourceFile.of("big.hcl", text), diags));
    assertThat(diags.all()).isEmpty();
    assertThat(file[0].body().blocks()).hasSize(5_001);
    assertThat(millis).as("parse CPU time in ms").isLessThan(5_000);
  }

  @Test
  void tokenCountGrowsLinearly() {
    int small = tokens(grid(1_000));
    int large = tokens(grid(4_000));
    assertThat((double) large / small).isBetween(3.9, 4.1);
  }

  private static int tokens(String text) {
    SourceFile file = SourceFile.of("t.hcl", text);
    return new Lexer(new PositionIndex(file), new Diagnostics()).tokenize().size();
  }
}
