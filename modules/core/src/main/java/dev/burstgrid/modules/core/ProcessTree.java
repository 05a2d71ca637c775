package dev.burstgrid.modules.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

  /**
   * How long a process whose environment reads empty is re-read. A process inside {@code execve}
   * has no environment for a moment (the new program's is set up after its memory is swapped in),
   * and one in that window when the sweep passes would be missed.
   */
  private static final long PENDING_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private static final long SELF = ProcessHandle.current().pid();
  private static final Path LAST_PID = PROC.resolve("sys/kernel/ns_last_pid");
  /** The flag in /proc/PID/stat of a kernel thread. */
  private static final long PF_KTHREAD = 0x00200000;

  private final byte[] markerEntry;
  private final long markedNanos = System.nanoTime();
  /** Processes started before this (less the start time's coarse resolution) are not ours. */
  private final Instant markedAt = Instant.now().minusSeconds(1);

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
    List<Long> pending = new ArrayList<>();
    if (last >= root && last - root <= MAX_PROBES) {
      for (long pid = root + 1; pid <= last; pid++) {
        collectIfMarked(pid, found, pending);
      }
    } else {
      list(root, last, found, pending);
    }
    awaitPending(pending, found);
    return found;
  }

  private void list(long root, long last, List<ProcessHandle> found, List<Long> pending) {
    LongPredicate after = last < 0 ? pid -> true
        : last >= root ? pid -> pid > root && pid <= last
        : pid -> pid > root || pid <= last; // wrapped at pid_max
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path entry : entries) {
        long pid = pidOf(entry);
        if (pid > 0 && after.test(pid)) {
          collectIfMarked(pid, found, pending);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // /proc went away or cannot be listed: nothing more can be found.
    }
  }

  /** Re-reads the processes that had no environment until each has one or is gone. */
  private void awaitPending(List<Long> pending, List<ProcessHandle> found) {
    long deadline = System.nanoTime() + PENDING_NANOS;
    while (!pending.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      List<Long> again = new ArrayList<>();
      pending.forEach(pid -> collectIfMarked(pid, found, again));
      pending = again;
    }
  }

  private static long lastPid() {
    try {
      return Long.parseLong(Files.readString(LAST_PID).strip());
    } catch (IOException | RuntimeException unknown) {
      return -1;
    }
  }

  /**
   * Adds {@code pid} to {@code found} when it carries the marker, to {@code pending} when it has
   * no environment yet: a live process, not a zombie, started since the tree was marked.
   */
  private void collectIfMarked(long pid, List<ProcessHandle> found, List<Long> pending) {
    if (pid == SELF) {
      return;
    }
    Path dir = PROC.resolve(Long.toString(pid));
    byte[] environ = environ(dir);
    if (environ == null) {
      return;
    }
    if (containsEntry(environ, markerEntry)) {
      ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(found::add);
    } else if (environ.length == 0 && startedSinceMarked(pid) && mayBeStarting(dir)) {
      pending.add(pid);
    }
  }

  private boolean startedSinceMarked(long pid) {
    return ProcessHandle.of(pid)
        .flatMap(process -> process.info().startInstant())
        .map(start -> !start.isBefore(markedAt))
        .orElse(false);
  }

  /**
   * Whether the process could be a program being started: not a zombie (exited, environment
   * gone) and not a kernel thread (never has one).
   */
  private static boolean mayBeStarting(Path processDir) {
    try {
      String stat = Files.readString(processDir.resolve("stat"));
      // pid (comm) state ppid pgrp session tty_nr tpgid flags …: comm may hold spaces and
      // parentheses, so the fields are counted from the last ')'
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return !fields[0].equals("Z") && (Long.parseLong(fields[6]) & PF_KTHREAD) == 0;
    } catch (IOException | RuntimeException gone) {
      return false;
    }
  }

  private static long pidOf(Path entry) {
    try {
      return Long.parseLong(entry.getFileName().toString());
    } catch (NumberFormatException notAProcess) {
      return -1;
    }
  }

  /** The process's environment, or null when it has exited or belongs to another user. */
  private static byte[] environ(Path processDir) {
    try {
      return Files.readAllBytes(processDir.resolve("environ"));
    } catch (IOException | SecurityException | UnsupportedOperationException gone) {
      return null;
    }
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
