package dev.burstgrid.modules.core;

import dev.burstgrid.runtime.testing.TestRunContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CmdRunnerTest {
  private final CmdRunner runner = new CmdRunner();

  private static CmdRunner.Input command(String... argv) {
    return new CmdRunner.Input(List.of(argv), false, null, Map.of(), null, null, true, false);
  }

  private CmdRunner.Output run(CmdRunner.Input input) throws Exception {
    return runner.run(
        input,
        new TestRunContext("step.cmd.c", Map.of("PATH", System.getenv("PATH"))));
  }

  @Test
  void runsAProgramWithoutAShell() throws Exception {
    CmdRunner.Output out = run(command("echo", "hello", "$HOME", "*"));
    assertThat(out.stdout()).isEqualTo("hello $HOME *\n");
    assertThat(out.stderr()).isEmpty();
    assertThat(out.exitCode()).isZero();
    assertThat(out.durationMs()).isPositive();
  }

  @Test
  void shellJoinsTheCommandIntoAScript() throws Exception {
    CmdRunner.Input input =
        new CmdRunner.Input(
            List.of("echo out; echo err >&2;", "echo $((1 + 2))"),
            true,
            null,
            Map.of(),
            null,
            null,
            true,
            false);
    CmdRunner.Output out = run(input);
    assertThat(out.stdout()).isEqualTo("out\n3\n");
    assertThat(out.stderr()).isEqualTo("err\n");
  }

  @Test
  void nonzeroExitFailsByDefaultWithStatusAndStderr() {
    assertThatThrownBy(() -> run(command("sh", "-c", "echo broken >&2; exit 3")))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "command [\"sh\", \"-c\", \"echo broken >&2; exit 3\"] exited with status 3; stderr:"
                + " broken (set fail_on_nonzero = false to use the exit code as an output)");
  }

  @Test
  void nonzeroExitIsAnOutputWhenAsked() throws Exception {
    CmdRunner.Input input =
        new CmdRunner.Input(
            List.of("sh", "-c", "exit 3"), false, null, Map.of(), null, null, false, false);
    assertThat(run(input).exitCode()).isEqualTo(3);
  }

  @Test
  void largeOutputOnBothStreamsDoesNotDeadlock() throws Exception {
    // 5 MB on stdout and 1 MB on stderr, interleaved: far beyond any pipe buffer.
    String script =
        "head -c 5242880 /dev/zero | tr '\\0' a; head -c 1048576 /dev/zero | tr '\\0' b >&2";
    CmdRunner.Output out = run(command("sh", "-c", script));
    assertThat(out.stdout()).hasSize(5 * 1024 * 1024).matches("a+");
    assertThat(out.stderr()).hasSize(1024 * 1024);
  }

  @Test
  void writesStdin() throws Exception {
    CmdRunner.Input input =
        new CmdRunner.Input(
            List.of("tr", "a-z", "A-Z"), false, null, Map.of(), "héllo\nworld", null, true, false);
    assertThat(run(input).stdout()).isEqualTo("HéLLO\nWORLD");
  }

  @Test
  void stdinIsEmptyWhenOmitted() throws Exception {
    assertThat(run(command("wc", "-c")).stdout().strip()).isEqualTo("0");
  }

  @Test
  void largeStdinThatIsNeverReadDoesNotBlock() throws Exception {
    CmdRunner.Input input =
        new CmdRunner.Input(
            List.of("true"), false, null, Map.of(), "x".repeat(1 << 20), null, true, false);
    assertThat(run(input).exitCode()).isZero();
  }

  @Test
  void envIsMergedOverTheContextEnvironment(@TempDir Path dir) throws Exception {
    CmdRunner.Input input =
        new CmdRunner.Input(
            List.of("sh", "-c", "echo \"$FROM_CONTEXT $FROM_STEP $(pwd)\""),
            false,
            dir.toString(),
            Map.of("FROM_STEP", "step"),
            null,
            null,
            true,
            false);
    CmdRunner.Output out =
        runner.run(
            input,
            new TestRunContext("c", Map.of("PATH", System.getenv("PATH"), "FROM_CONTEXT", "ctx")));
    assertThat(out.stdout()).isEqualTo("ctx step " + dir.toRealPath() + "\n");
  }

  @Test
  void missingProgramFailsClearly() {
    assertThatThrownBy(() -> run(command("no-such-program-bggo")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot start command [\"no-such-program-bggo\"]:");
  }

  @Test
  void emptyCommandIsRejected() {
    assertThatThrownBy(() -> run(command()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("command must name a program");
  }

  @Test
  void timeoutKillsTheProcessTree(@TempDir Path dir) throws Exception {
    CmdRunner.Input input =
        new CmdRunner.Input(
            List.of("sh", "-c", "sleep 30 & echo $! > child.pid; wait"),
            false,
            dir.toString(),
            Map.of(),
            null,
            Duration.ofMillis(300),
            true,
            false);
    long start = System.nanoTime();
    assertThatThrownBy(() -> run(input))
        .isInstanceOf(TimeoutException.class)
        .hasMessageEndingWith("timed out after 300ms and was killed");
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5)); // vs 30 s
    assertProcessEnds(Long.parseLong(Files.readString(dir.resolve("child.pid")).strip()));
  }

  @Test
  void interruptionKillsTheProcessPromptly() throws Exception {
    TestRunContext context = new TestRunContext("c");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(() -> runCapturing(command("sleep", "30"), context, failure));
    thread.start();
    context.awaitHook();
    List<ProcessHandle> children =
        ProcessHandle.current().children().filter(CmdRunnerTest::isSleep).toList();
    long start = System.nanoTime();
    thread.interrupt();
    thread.join(10_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5)); // vs 30 s
    assertThat(failure.get()).isInstanceOf(InterruptedException.class);
    assertThat(children).isNotEmpty();
    for (ProcessHandle child : children) {
      assertProcessEnds(child.pid());
    }
  }

  @Test
  void cancelHookKillsTheProcessTreePromptly(@TempDir Path dir) throws Exception {
    TestRunContext context = new TestRunContext("c");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CmdRunner.Input input =
        new CmdRunner.Input(
            List.of("sh", "-c", "sleep 30 & echo $! > child.pid; wait"),
            false,
            dir.toString(),
            Map.of(),
            null,
            null,
            true,
            false);
    Thread thread = new Thread(() -> runCapturing(input, context, failure));
    thread.start();
    context.awaitHook();
    Path pidFile = dir.resolve("child.pid");
    while (!Files.exists(pidFile) || Files.readString(pidFile).isBlank()) {
      Thread.sleep(10); // polling a file the child writes
    }
    long start = System.nanoTime();
    context.cancel();
    thread.join(10_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5)); // vs 30 s
    assertThat(failure.get()).isInstanceOf(CancellationException.class);
    assertProcessEnds(Long.parseLong(Files.readString(pidFile).strip()));
  }

  private void runCapturing(
      CmdRunner.Input input, TestRunContext context, AtomicReference<Throwable> failure) {
    try {
      runner.run(input, context);
    } catch (Throwable t) {
      failure.set(t);
    }
  }

  private static boolean isSleep(ProcessHandle p) {
    return p.info().command().map(c -> c.endsWith("sleep")).orElse(false);
  }

  private static void assertProcessEnds(long pid) throws Exception {
    ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
    if (handle != null) {
      handle.onExit().get(5, TimeUnit.SECONDS);
    }
  }
}
