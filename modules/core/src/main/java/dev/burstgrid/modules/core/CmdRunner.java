package dev.burstgrid.modules.core;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import dev.burstgrid.lang.value.Durations;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code cmd}: runs a program (no shell unless {@code shell = true}) and captures its stdout,
 * stderr and exit code. A nonzero exit fails the step unless {@code fail_on_nonzero = false}; a
 * timeout or a cancellation kills the process and everything it started; so does its exit, for
 * what it left running in the background, unless {@code detach = true}.
 */
@Kind(
    name = "cmd",
    doc = "Runs a command and captures its standard output, standard error and exit code.")
public final class CmdRunner implements Runner<CmdRunner.Input, CmdRunner.Output> {
  /** How long to wait for the output pipes once the process has exited (see StreamDrainer). */
  private static final long PIPE_GRACE_MILLIS = 2_000;

  private static final int STDERR_EXCERPT_CHARS = 2_000;

  @Doc("Arguments of cmd.")
  public record Input(
      @Doc(
              "The program and its arguments, such as [\"curl\", \"-s\", url]. With shell = true,"
                  + " the elements are joined with spaces into one /bin/sh script.")
          List<String> command,
      @Doc("Runs the command through /bin/sh -c, for pipes, redirections and globs.")
          boolean shell,
      @Doc("The working directory; the current directory when omitted.") @OptionalArg String dir,
      @Doc("Environment variables to set, over the grid's environment.") Map<String, String> env,
      @Doc("Text written to the command's standard input; empty when omitted.") @OptionalArg
          String stdin,
      @Doc("Kills the command and fails the step when it runs longer, such as \"30s\"; \"0\" for no limit.")
          @OptionalArg
          Duration timeout,
      @Doc(
              "Fails the step when the command exits with a nonzero status. Set to false to"
                  + " treat the exit code as a result.")
          boolean failOnNonzero,
      @Doc(
              "Leaves processes the command started in the background running when it exits, such"
                  + " as a server for later steps; by default they are killed with it. Redirect"
                  + " their output: what they write to the step's after its exit is lost.")
          boolean detach) {

    public static final Input DEFAULTS =
        new Input(null, false, null, Map.of(), null, null, true, false);
  }

  @Doc("Outputs of cmd.")
  public record Output(
      @Doc("Everything the command wrote to standard output (UTF-8).") String stdout,
      @Doc("Everything the command wrote to standard error (UTF-8).") String stderr,
      @Doc("The exit status; 0 means success.") int exitCode,
      @Doc("How long the command ran, in milliseconds.") double durationMs) {}

  @Override
  public Output run(Input input, RunContext context) throws Exception {
    List<String> argv = argv(input);
    ProcessBuilder builder = new ProcessBuilder(argv);
    Map<String, String> environment = builder.environment();
    environment.clear();
    environment.putAll(context.environment());
    environment.putAll(input.env());
    if (input.dir() != null) {
      builder.directory(new File(input.dir()));
    }

    ProcessTree tree = ProcessTree.mark(environment);
    long started = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException("cannot start " + describe(argv) + ": " + e.getMessage(), e);
    }
    context.onCancel(() -> tree.destroy(process));
    StreamDrainer stdout = StreamDrainer.start(process.getInputStream(), "cmd stdout");
    StreamDrainer stderr = StreamDrainer.start(process.getErrorStream(), "cmd stderr");
    StdinFeeder.start(process.getOutputStream(), input.stdin(), "cmd stdin");

    boolean exited;
    try {
      exited = waitFor(process, input.timeout());
    } catch (InterruptedException e) {
      tree.destroy(process);
      awaitExit(process);
      throw e;
    }
    if (!exited) {
      tree.destroy(process);
      awaitExit(process);
      throw new TimeoutException(
          describe(argv)
              + " timed out after "
              + Durations.format(input.timeout())
              + " and was killed");
    }
    if (!input.detach()) {
      tree.destroyLeftovers(process);
    }
    if (context.isCancelled()) {
      throw new CancellationException(describe(argv) + " was cancelled");
    }
    stdout.awaitEnd(PIPE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    stderr.awaitEnd(PIPE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    double durationMs = (System.nanoTime() - started) / 1e6;
    checkMemory(stdout, "standard output", argv);
    checkMemory(stderr, "standard error", argv);

    int exitCode = process.exitValue();
    Output output = new Output(stdout.text(), stderr.text(), exitCode, durationMs);
    if (exitCode != 0 && input.failOnNonzero()) {
      throw new IOException(
          describe(argv)
              + " exited with status "
              + exitCode
              + stderrExcerpt(output.stderr())
              + " (set fail_on_nonzero = false to use the exit code as an output)");
    }
    return output;
  }

  /**
   * Waits a little for a killed process to be gone: the kill is only a signal, and a step reported
   * cancelled or timed out should not leave its process running behind it, however briefly.
   */
  private static void awaitExit(Process process) {
    try {
      process.waitFor(PIPE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException again) {
      Thread.currentThread().interrupt();
    }
  }

  /** A drainer that ran out of memory fails the step with what it read; the runtime adds the heap. */
  private static void checkMemory(StreamDrainer drainer, String stream, List<String> argv) {
    OutOfMemoryError e = drainer.outOfMemory();
    if (e != null) {
      OutOfMemoryError described = new OutOfMemoryError(describe(argv) + " ran out of memory ("
          + e.getMessage() + ") collecting " + drainer.bytesRead() + " bytes of its " + stream
          + "; redirect it to a file (shell = true, \"… > out.txt\") when it is that large");
      described.initCause(e);
      throw described;
    }
  }

  private static List<String> argv(Input input) {
    List<String> command = input.command();
    if (command == null || command.isEmpty() || command.get(0).isEmpty()) {
      throw new IllegalArgumentException(
          "command must name a program, such as [\"echo\", \"hello\"]");
    }
    return input.shell()
        ? List.of("/bin/sh", "-c", String.join(" ", command))
        : List.copyOf(command);
  }

  private static boolean waitFor(Process process, Duration timeout) throws InterruptedException {
    // "0" is no limit, as for every timeout of bggo's runners and assets
    if (timeout == null || timeout.isZero()) {
      process.waitFor();
      return true;
    }
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, got \"" + Durations.format(timeout) + "\"");
    }
    // TimeUnit.convert saturates at Long.MAX_VALUE nanoseconds for durations too long to count.
    return process.waitFor(TimeUnit.NANOSECONDS.convert(timeout), TimeUnit.NANOSECONDS);
  }

  /** The command as a user would recognise it: {@code command ["sh", "-c", "exit 3"]}. */
  private static String describe(List<String> argv) {
    StringBuilder sb = new StringBuilder("command [");
    for (int i = 0; i < argv.size(); i++) {
      sb.append(i == 0 ? "" : ", ")
          .append('"')
          .append(argv.get(i).replace("\"", "\\\""))
          .append('"');
    }
    return sb.append(']').toString();
  }

  private static String stderrExcerpt(String stderr) {
    String trimmed = stderr.strip();
    if (trimmed.isEmpty()) {
      return "";
    }
    if (trimmed.length() > STDERR_EXCERPT_CHARS) {
      trimmed = "…" + trimmed.substring(trimmed.length() - STDERR_EXCERPT_CHARS);
    }
    return "; stderr: " + trimmed;
  }
}
