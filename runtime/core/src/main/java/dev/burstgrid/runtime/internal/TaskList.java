package dev.burstgrid.runtime.internal;

import java.util.Arrays;

/**
 * Every task of a run, for the one walk that stops it. Appends come almost only from the
 * thread building the schedule, so a plain monitor is cheaper than a lock-free queue node
 * per task.
 */
final class TaskList {

  private Task[] tasks = new Task[16]; // small: a load test starts a run per iteration
  private int size;

  synchronized void add(Task task) {
    if (size == tasks.length) {
      tasks = Arrays.copyOf(tasks, size * 2);
    }
    tasks[size++] = task;
  }

  /** The tasks added so far; ones added later see the run's cancelled flag themselves. */
  synchronized Task[] snapshot() {
    return Arrays.copyOf(tasks, size);
  }
}
