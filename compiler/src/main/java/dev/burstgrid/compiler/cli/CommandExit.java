package dev.burstgrid.compiler.cli;

/** Ends a command with this exit code after its message was printed. */
final class CommandExit extends Exception {
  private final int code;

  CommandExit(int code) {
    super(null, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
