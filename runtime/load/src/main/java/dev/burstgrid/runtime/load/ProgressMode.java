package dev.burstgrid.runtime.load;

/** How the live progress of a load run shows on the err stream. */
public enum ProgressMode {
  /** One line rewritten every second. */
  TERMINAL,
  /** A plain line every 10 seconds (logs, CI). */
  PLAIN,
  /** Nothing until the summary ({@code --quiet}). */
  NONE;

  /** TERMINAL when the JVM has an interactive console, else PLAIN. */
  public static ProgressMode detect() {
    java.io.Console console = System.console();
    if (console == null) {
      return PLAIN;
    }
    try { // JDK 22+ has a console even when redirected; isTerminal() tells.
      Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
      return Boolean.TRUE.equals(terminal) ? TERMINAL : PLAIN;
    } catch (ReflectiveOperationException e) {
      return TERMINAL;
    }
  }
}
