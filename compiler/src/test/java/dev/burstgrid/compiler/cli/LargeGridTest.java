package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grids far past one method's 64 KB of bytecode compile and run. */
class LargeGridTest {
  @TempDir Path dir;

  @Test
  void fiveThousandStepsCompileAndRun() throws Exception {
    StringBuilder grid = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      grid.append("step \"print\" \"s").append(i).append("\" {\n  arguments { input = ");
      grid.append(i % 50 == 0 ? String.valueOf(i) : "step.print.s" + (i - 1) + ".output.input + 1");
      grid.append(" }\n}\n");
    }
    Path file = dir.resolve("five_thousand.hcl");
    Files.writeString(file, grid);
    long checkStart = System.nanoTime();
    assertThat(Cli.run("check", file.toString()).exitCode()).isEqualTo(0);
    long checkMs = (System.nanoTime() - checkStart) / 1_000_000;
    long emitStart = System.nanoTime();
    assertThat(Cli.run("emit", file.toString()).exitCode()).isEqualTo(0);
    long emitMs = (System.nanoTime() - emitStart) / 1_000_000;
    long start = System.nanoTime();
    CliResult r = Cli.run("run", "--quiet", file.toString());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
    assertThat(r.out().lines().count()).isEqualTo(5000);
    assertThat(r.out()).contains("step.print.s4999 4999\n");
    System.out.println("5,000-step grid: check " + checkMs + " ms, check + generate " + emitMs
        + " ms, check + generate + javac + run " + ms + " ms; " + summary(r.err()));
  }

  @Test
  void aCountOfOneHundredThousandIsALoop() throws Exception {
    Path file = dir.resolve("many.hcl");
    Files.writeString(file, "step \"sleep\" \"many\" {\n  count = 100000\n  arguments { duration = \"0s\" }\n}\n"
        + "step \"print\" \"total\" {\n  arguments { input = length(step.sleep.many[*].output.duration) }\n}\n");
    CliResult emitted = Cli.run("emit", file.toString());
    assertThat(emitted.out()).contains("for (int i = 0; i < 100000; i++)");
    long start = System.nanoTime();
    CliResult r = Cli.run("run", "--quiet", file.toString());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("step.print.total 100000\n");
    System.out.println("count = 100000 grid: compile + run " + ms + " ms; " + summary(r.err()));
  }

  private static String summary(String err) {
    return err.lines().filter(l -> l.contains(" ok, ")).findFirst().orElse("");
  }
}
