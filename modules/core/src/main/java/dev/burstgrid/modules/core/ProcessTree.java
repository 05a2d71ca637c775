package dev.burstgrid.modules.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

/**
 * A command's process and everything it started, even what outlives it. Descendants are found
 * from the process while it lives; a background child whose parent has exited is re-parented
 * (to init) and is no descendant any more, so every process of the tree also carries an
 * environment marker, {@value #MARKER}, unique to this tree. On Linux the processes still
 * carrying it are found in {@code /proc/PID/environ}; without {@code /proc} only descendants
 * are found.
 */
final class ProcessTree {
  static final String MARKER = "BGGO_PROCESS_TREE";

  /** Rounds of find-and-kill: a process may fork while its siblings are being killed. */
  private static final int KILL_ROUNDS = 5;

  /** A command that ran less than this cannot have seen the pids wrap around (see destroyLeftovers). */
  private static final long BRIEF_NANOS = TimeUnit.SECONDS.toNanos(1);

  private static final Path PROC = Path.of("/proc");
  /** Up to this many pids allocated since the root are probed directly rather than listed. */
  private static final int MAX_PROBES = 256;

  private static final long SELF = ProcessHandle.current().pid();
  private static final Path LAST_PID = PROC.resolve("sys/kernel/ns_last_pid");

  private final byte[] markerEntry;
  private final long markedNanos = System.nanoTime();

  private ProcessTree(String token) {
    this.markerEntry = (MARKER + "=" + token).getBytes(StandardCharsets.UTF_8);
  }

  /** Marks the environment a command is about to start with; returns the tree it will start. */
  static ProcessTree mark(Map<String, String> environment) {
    String token = UUID.randomUUID().toString();
    environment.put(MARKER, token);
    return new ProcessTree(token);
  }

  /**
   * Forcibly destroys {@code process} and its descendants. The descendants are listed before the
   * parent dies: afterwards they are re-parented and can no longer be found from it. The parent
   * goes first so it cannot start replacements for the children we kill.
   */
  void destroy(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    sweep(-1);
  }

  /**
   * Forcibly destroys the processes of this tree still running after its root has exited. A
   * command that ran briefly can only have started processes with pids allocated after its own,
   * so only those are read (Linux allocates pids in turn, wrapping at pid_max); after a longer
   * run the pids may have wrapped past it, and all are read.
   */
  void destroyLeftovers(Process root) {
    boolean brief = System.nanoTime() - markedNanos < BRIEF_NANOS;
    sweep(brief ? root.pid() : -1);
  }

  private void sweep(long root) {
    for (int round = 0; round < KILL_ROUNDS; round++) {
      List<ProcessHandle> marked = marked(root);
      if (marked.isEmpty()) {
        return;
      }
      marked.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /**
   * Live processes carrying this tree's marker, among those allocated after {@code root}: their
   * pids are probed one by one when there are few, else /proc is listed. All processes when
   * {@code root} is -1 or the last allocated pid is unknown; none without /proc.
   */
  private List<ProcessHandle> marked(long root) {
    if (!Files.isDirectory(PROC)) {
      return List.of();
    }
    long last = root < 0 ? -1 : lastPid();
    List<ProcessHandle> found = new ArrayList<>();
    if (last >= root && last - root <= MAX_PROBES) {
      for (long pid = root + 1; pid <= last; pid++) {
        collectIfMarked(pid, found);
      }
      return found;
    }
    LongPredicate after = last < 0 ? pid -> true
        : last >= root ? pid -> pid > root && pid <= last
        : pid -> pid > root || pid <= last; // wrapped at pid_max
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path entry : entries) {
        long pid = pidOf(entry);
        if (pid > 0 && after.test(pid)) {
          collectIfMarked(pid, found);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // /proc went away or cannot be listed: nothing more can be found.
    }
    return found;
  }

  private static long lastPid() {
    try {
      return Long.parseLong(Files.readString(LAST_PID).strip());
    } catch (IOException | RuntimeException unknown) {
      return -1;
    }
  }

  private void collectIfMarked(long pid, List<ProcessHandle> found) {
    if (pid != SELF && carriesMarker(PROC.resolve(Long.toString(pid)))) {
      ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(found::add);
    }
  }

  private static long pidOf(Path entry) {
    try {
      return Long.parseLong(entry.getFileName().toString());
    } catch (NumberFormatException notAProcess) {
      return -1;
    }
  }

  private boolean carriesMarker(Path processDir) {
    byte[] environ;
    try {
      environ = Files.readAllBytes(processDir.resolve("environ"));
    } catch (IOException | SecurityException | UnsupportedOperationException gone) {
      return false; // exited meanwhile, or another user's process
    }
    return containsEntry(environ, markerEntry);
  }

  /** Whether the NUL-separated {@code environ} holds exactly {@code entry}. */
  static boolean containsEntry(byte[] environ, byte[] entry) {
    int start = 0;
    while (start < environ.length) {
      int end = start;
      while (end < environ.length && environ[end] != 0) {
        end++;
      }
      if (end - start == entry.length
          && Arrays.equals(environ, start, end, entry, 0, entry.length)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }
}
