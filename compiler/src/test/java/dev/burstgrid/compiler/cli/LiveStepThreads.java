package dev.burstgrid.compiler.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The live step threads of this JVM: platform ones ({@code bggo-step-N}), and on JDK 21+
 * virtual ones too ({@code bggo-step}). {@link Thread#getAllStackTraces} (and {@code jcmd PID Thread.print}) list no virtual
 * thread; only a thread dump in the new format does ({@code HotSpotDiagnosticMXBean.dumpThreads},
 * or {@code jcmd PID Thread.dump_to_file -format=text FILE}).
 */
final class LiveStepThreads {
  private LiveStepThreads() {}

  static long count() {
    long platform = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("bggo-step-")).count();
    return platform + virtual();
  }

  /** Waits up to {@code millis} for every step thread to end; true when none is left. */
  static boolean awaitNone(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (count() > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  // dumpThreads(file, TEXT_PLAIN), reflectively: it is new in JDK 21.
  private static long virtual() {
    try {
      Class<?> format = Class.forName("com.sun.management.HotSpotDiagnosticMXBean$ThreadDumpFormat");
      HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      Method dump = HotSpotDiagnosticMXBean.class.getMethod("dumpThreads", String.class, format);
      Path file = Files.createTempDirectory("threads").resolve("dump.txt");
      @SuppressWarnings({"unchecked", "rawtypes"})
      Object text = Enum.valueOf((Class) format, "TEXT_PLAIN");
      dump.invoke(bean, file.toString(), text);
      long n = Files.readAllLines(file).stream()
          .filter(l -> l.contains("\"bggo-step") && l.contains("virtual")).count();
      Files.delete(file);
      Files.delete(file.getParent());
      return n;
    } catch (ClassNotFoundException e) {
      return 0; // before JDK 21 there are no virtual threads
    } catch (ReflectiveOperationException | IOException e) {
      throw new AssertionError("cannot dump threads", e);
    }
  }
}
