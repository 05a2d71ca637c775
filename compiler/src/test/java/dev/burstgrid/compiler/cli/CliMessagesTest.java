package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says what is wrong and how to fix it, never with an internal error. */
class CliMessagesTest {
  static final String GRID = "src/test/resources/inputs/counted.hcl";

  @Test
  void aNumberOutOfRangeIsAPositionedDiagnostic() {
    CliResult r = Cli.run("eval", "1e999999999");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("<expression>:1:1: Error: Invalid number literal").contains("1e100000")
        .doesNotContain("internal error");
    CliResult decoded = Cli.run("eval", "jsondecode(\"1e999999\")");
    assertThat(decoded.exitCode()).as(decoded.toString()).isEqualTo(3);
    assertThat(decoded.err()).contains("out of range").doesNotContain("internal error");
  }

  @Test
  void aLocalThatFailsAtRunTimeNamesTheCallThatFailed() {
    CliResult r = Cli.run("run", "src/test/resources/inputs/local_fails_at_run_time.hcl");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("local_fails_at_run_time.hcl:5:9: Invalid function argument;")
        .doesNotContain("Exception");
  }

  @Test
  void aModuleThatIsNoJarIsRejected(@TempDir Path dir) throws Exception {
    Path notJar = Files.writeString(dir.resolve("notajar.jar"), "hello");
    CliResult r = Cli.run("check", "--modules", notJar.toString(), GRID);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("is not a jar file");
  }

  @Test
  void buildIntoAMissingDirectorySaysWhy(@TempDir Path dir) {
    Path jar = dir.resolve("missing-dir/x.jar");
    CliResult r = Cli.run("build", GRID, "-o", jar.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("the directory " + jar.getParent() + " does not exist; create it first");
  }
}
