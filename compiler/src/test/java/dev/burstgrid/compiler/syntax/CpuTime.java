package dev.burstgrid.compiler.syntax;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time of the calling thread, so time bounds hold on a busy shared machine. */
final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTime() {}

  static long millis(Runnable work) {
    boolean supported = THREADS.isCurrentThreadCpuTimeSupported();
    long start = supported ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    work.run();
    long end = supported ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    return (end - start) / 1_000_000;
  }
}
