package dev.burstgrid.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a compiled grid's {@code main} in a new JVM, as {@code java -jar grid.jar} would, with its
 * output (stdout and stderr, in order) passed line by line to the build log and kept in a file.
 * The command line goes through an argument file: a project's class path can outgrow what an
 * operating system accepts.
 */
final class ForkedGridRun {
  /** The exit code recorded for a grid stopped at its timeout. */
  static final int TIMED_OUT = -2;

  /**
   * @param timeoutSeconds how long the grid may run; 0 for no limit
   */
  record Launch(Path java, List<String> jvmArgs, List<Path> classPath, String mainClass, List<String> args,
      Path workingDirectory, Path reportDirectory, long timeoutSeconds) {}

  private ForkedGridRun() {}

  /** Runs the grid and returns its exit code, or {@link #TIMED_OUT}. */
  static int run(Launch launch, Consumer<String> lines) throws IOException, InterruptedException {
    Files.createDirectories(launch.reportDirectory());
    Path argFile = launch.reportDirectory().resolve("java.args");
    Files.write(argFile, argFileLines(launch), StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder(launch.java().toString(), "@" + argFile)
        .directory(launch.workingDirectory().toFile())
        .redirectErrorStream(true);
    Process process = pb.start();
    process.getOutputStream().close();
    Path log = launch.reportDirectory().resolve("output.log");
    Thread copier = new Thread(() -> copy(process, log, lines), "bggo-output-" + launch.mainClass());
    copier.setDaemon(true);
    copier.start();
    boolean finished = launch.timeoutSeconds() <= 0 ? waitFor(process) : process.waitFor(launch.timeoutSeconds(),
        TimeUnit.SECONDS);
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
    copier.join(TimeUnit.SECONDS.toMillis(10));
    return finished ? process.exitValue() : TIMED_OUT;
  }

  private static boolean waitFor(Process process) throws InterruptedException {
    process.waitFor();
    return true;
  }

  private static List<String> argFileLines(Launch launch) {
    List<String> out = new ArrayList<>();
    for (String a : launch.jvmArgs()) {
      out.add(quoted(a));
    }
    out.add("-cp");
    out.add(quoted(String.join(java.io.File.pathSeparator, launch.classPath().stream().map(Path::toString).toList())));
    out.add(launch.mainClass());
    for (String a : launch.args()) {
      out.add(quoted(a));
    }
    return out;
  }

  /** An argument-file token: in double quotes, with backslashes and quotes escaped. */
  private static String quoted(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static void copy(Process process, Path log, Consumer<String> lines) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(line);
        out.write('\n');
        lines.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
