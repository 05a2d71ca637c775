package dev.burstgrid.runtime.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What /proc says of a process, for tests that check what a step leaves running. */
public final class ProcessState {
  private ProcessState() {}

  /**
   * Whether {@code pid} is a process that has not ended. A killed orphan stays a zombie until
   * the machine's init reaps it, which some inits (a container's, a micro-VM's) do late or never;
   * ProcessHandle calls a zombie alive, so its state is read from /proc.
   */
  public static boolean running(long pid) {
    String stat = stat(pid);
    // pid (comm) STATE ...: comm may hold spaces and parentheses, so the state follows the last ')'.
    return stat != null && stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
  }

  /** A survivor's stat line and whether it still carries the marker of bggo's process trees. */
  public static String describe(long pid) {
    String stat = stat(pid);
    if (stat == null) {
      return "gone";
    }
    try {
      String environ = Files.readString(Path.of("/proc", Long.toString(pid), "environ"));
      return stat + (environ.contains("BGGO_PROCESS_TREE=") ? " (marked)" : " (no marker)");
    } catch (IOException | RuntimeException unreadable) {
      return stat;
    }
  }

  private static String stat(long pid) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(pid), "stat")).strip();
    } catch (IOException gone) {
      return null;
    }
  }
}
