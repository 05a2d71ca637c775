package dev.burstgrid.benchmarks.load;

import java.util.ArrayList;
import java.util.List;

/** N callers of a closed loop, as the load baselines run them: platform threads, or virtual ones. */
final class Callers {
  private Callers() {}

  /** Starts {@code callers} threads running {@code loop}, waits for all, and returns the seconds taken. */
  static double run(int callers, boolean virtual, Runnable loop) throws Exception {
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < callers; i++) {
      Thread t = virtual ? startVirtual(loop) : new Thread(loop);
      if (!virtual) {
        t.start();
      }
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    return (System.nanoTime() - started) / 1e9;
  }

  /** {@code Thread.ofVirtual().start(r)}, called reflectively: the baselines are built for Java 17. */
  private static Thread startVirtual(Runnable r) throws ReflectiveOperationException {
    Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
    return (Thread) Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class).invoke(builder, r);
  }
}
