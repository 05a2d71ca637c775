package dev.burstgrid.modules.core;

import java.util.List;

/** Kills a process together with everything it started. */
final class ProcessTree {
  private ProcessTree() {}

  /**
   * Forcibly destroys {@code process} and its descendants. The descendants are listed before the
   * parent dies: afterwards they are re-parented and can no longer be found from it. The parent
   * goes first so it cannot start replacements for the children we kill.
   */
  static void destroy(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }
}
