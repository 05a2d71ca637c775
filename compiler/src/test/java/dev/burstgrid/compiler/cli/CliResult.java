package dev.burstgrid.compiler.cli;

/** What one in-process {@code bggoc} invocation produced. */
public record CliResult(int exitCode, String out, String err) {
  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
