package dev.burstgrid.compiler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bggoc} in a process of its own, on the test class path: for what an in-process run
 * cannot set, such as the grid's environment, or signals.
 */
final class BggocProcess {
  private final Process process;
  private final Path out;
  private final Path err;

  private BggocProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  static BggocProcess start(Map<String, String> environment, String... args) throws IOException {
    return start(List.of(), environment, args);
  }

  /** With options for its JVM, such as {@code -Xmx128m}. */
  static BggocProcess start(List<String> jvmOptions, Map<String, String> environment, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Bggoc.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("bggoc", ".out");
    Path err = Files.createTempFile("bggoc", ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    return new BggocProcess(builder.start(), out, err);
  }

  /** Runs to the end, at most a minute. */
  static CliResult run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    return start(environment, args).finish();
  }

  long pid() {
    return process.pid();
  }

  /** What it has written to stderr so far. */
  String errSoFar() throws IOException {
    return Files.readString(err);
  }

  /** Waits for its end, at most a minute, and returns what it wrote. */
  CliResult finish() throws IOException, InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("bggoc did not finish within a minute:\n" + errSoFar());
    }
    CliResult result = new CliResult(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
