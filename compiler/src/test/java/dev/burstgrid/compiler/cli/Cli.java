package dev.burstgrid.compiler.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code bggoc} in process, capturing its streams. */
public final class Cli {
  private Cli() {}

  public static CliResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Bggoc.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CliResult(code, out.toString(), err.toString());
  }
}
