package dev.burstgrid.compiler.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.burstgrid.runtime.testing.ProcessState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What a cmd step leaves running in the background when its command exits. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CmdBackgroundTest {
  private static final Pattern PID = Pattern.compile("pid=(\\d+)");

  @TempDir Path dir;

  private Path grid(String script, String extra) throws IOException {
    return Files.writeString(dir.resolve("grid.hcl"), """
        step "cmd" "bg" {
          arguments {
            command = ["%s"]
            shell   = true
            %s
          }
        }
        step "print" "out" {
          arguments { input = step.cmd.bg.output.stdout }
        }
        """.formatted(script, extra));
  }

  @Test
  void aFinishedStepKillsWhatItsCommandLeftInTheBackground() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc")), "leftovers are found through /proc");
    CliResult r = Cli.run("run", grid("sleep 60 & echo pid=$!", "").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("ok      step.cmd.bg");
    assertGone(pid(r));
  }

  @Test
  void aDaemonThatLeftTheSessionIsKilledToo() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc")), "leftovers are found through /proc");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "needs setsid");
    // A double fork into a new session, output closed: the way daemons detach themselves.
    CliResult r = Cli.run("run", grid(
        "(setsid sleep 60 >/dev/null 2>&1 & echo pid=$!) ; exit 0", "").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertGone(pid(r));
  }

  @Test
  void aFailedStepKillsItsBackgroundChildren() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc")), "leftovers are found through /proc");
    CliResult r = Cli.run("run", grid("sleep 60 & echo pid=$! >&2; exit 3", "").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("exited with status 3");
    assertGone(pid(r));
  }

  @Test
  void detachLeavesThemRunning() throws Exception {
    CliResult r = Cli.run("run", grid("sleep 60 >/dev/null 2>&1 & echo pid=$!", "detach = true").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    ProcessHandle child = ProcessHandle.of(pid(r)).orElseThrow();
    try {
      assertThat(child.isAlive()).as("the detached sleep after the run").isTrue();
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void detachMustBeABool() throws Exception {
    CliResult r = Cli.run("check", grid("true", "detach = \"soon\"").toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("grid.hcl:5:").contains("detach");
  }

  private static long pid(CliResult r) {
    Matcher m = PID.matcher(r.out() + r.err());
    assertThat(m.find()).as("the background pid in\n" + r).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** The process ends within 10 s (killing is asynchronous). */
  private static void assertGone(long pid) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (ProcessState.running(pid) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(ProcessState.running(pid))
        .as("background process " + pid + " still running after the step: " + ProcessState.describe(pid))
        .isFalse();
  }
}
