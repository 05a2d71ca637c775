package dev.burstgrid.compiler.cli.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs JMH's own {@code org.openjdk.jmh.Main} (its Runner, its forks, its table and result file)
 * in a child JVM whose class path holds the benchmark jar, so that JMH finds the jar's
 * BenchmarkList and its forks inherit the class path. Its output is copied line by line, except
 * that a failed step shows as {@code step failed: address (file:line:col): message} without
 * JMH's stack trace.
 */
final class JmhProcess {
  private static final String FAILURE = "StepFailedInBenchmark: ";

  /** How JMH ended. */
  record Outcome(int exitCode, String stepFailure) {}

  private JmhProcess() {}

  /**
   * @param hiddenLine a line not to copy (JMH naming a temporary result file that will be gone)
   */
  static Outcome run(List<Path> classPath, List<String> jmhArguments, String hiddenLine, PrintWriter out)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
    command.add("org.openjdk.jmh.Main");
    command.addAll(jmhArguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String failure = null;
    boolean inTrace = false;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        int at = line.indexOf(FAILURE);
        if (at >= 0) {
          if (failure == null) {
            failure = line.substring(at + FAILURE.length());
            out.println("step failed: " + failure);
          }
          inTrace = true;
        } else if (isStackTrace(line, inTrace)) {
          inTrace = true;
        } else {
          inTrace = false;
          if (!line.equals(hiddenLine)) {
            out.println(line);
          }
        }
        out.flush();
      }
    }
    try {
      return new Outcome(process.waitFor(), failure);
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      return new Outcome(130, failure);
    }
  }

  /** A frame of a Java stack trace, or the exception lines around a failed step's. */
  private static boolean isStackTrace(String line, boolean inTrace) {
    String s = line.strip();
    return line.startsWith("\tat ") || s.matches("\\.\\.\\. \\d+ more")
        || (inTrace && (s.startsWith("Caused by:") || s.startsWith("Suppressed:")));
  }
}
