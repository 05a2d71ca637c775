package dev.burstgrid.runtime;

/**
 * The message of a step that ran out of memory: what the step was doing (when its runner said),
 * what ran out, and how to give the JVM more. The heap is the JVM's, set by its launcher:
 * {@code -Xmx} on {@code java}, {@code BGGOC_JAVA_OPTS} for {@code ./bggoc}, or
 * {@code JAVA_TOOL_OPTIONS} for any of them.
 */
final class OutOfMemoryText {
  private static final long MB = 1024 * 1024;

  private OutOfMemoryText() {}

  static String of(OutOfMemoryError error) {
    String root = rootMessage(error);
    String own = error.getMessage();
    // A runner that caught it says what it was doing; the JVM's own says only what ran out.
    String what = own == null || own.equals(root) ? "out of memory (" + root + ")" : own;
    if (!isHeap(root)) {
      return what;
    }
    return what + "; the JVM's heap is at most " + Runtime.getRuntime().maxMemory() / MB
        + " MB: give it more with -Xmx, such as BGGOC_JAVA_OPTS=-Xmx1g for ./bggoc,"
        + " java -Xmx1g -jar grid.jar, or JAVA_TOOL_OPTIONS=-Xmx1g";
  }

  /** What the JVM said ran out: the message of the innermost OutOfMemoryError. */
  private static String rootMessage(OutOfMemoryError error) {
    Throwable innermost = error;
    for (Throwable t = error.getCause(); t != null && t != innermost; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        innermost = t;
      }
    }
    return String.valueOf(innermost.getMessage());
  }

  private static boolean isHeap(String message) {
    return message.contains("heap space") || message.contains("GC overhead");
  }
}
