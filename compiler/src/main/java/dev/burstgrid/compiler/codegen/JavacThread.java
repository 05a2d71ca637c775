package dev.burstgrid.compiler.codegen;

import java.util.concurrent.atomic.AtomicReference;
import javax.tools.JavaCompiler;

/**
 * Runs javac on a thread of its own with a large stack. javac recurses once per nesting level
 * of an expression (a nested call costs it dozens of frames), so on a default 1 MB stack it
 * gives up on generated code about 200 levels deep; the expression limits of the front end
 * ({@code ExpressionLimits}) are set well below what this stack carries. The stack is reserved
 * address space, committed only as far as javac goes.
 */
final class JavacThread {
  /** 64 MB: javac failed at about 200 nested calls on 1 MB, so this carries it past 10,000. */
  static final long STACK_BYTES = 64L << 20;

  private JavacThread() {}

  /** {@code task.call()}, on the large-stack thread; errors of javac itself are rethrown here. */
  static boolean call(JavaCompiler.CompilationTask task) {
    AtomicReference<Boolean> ok = new AtomicReference<>(false);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        ok.set(task.call());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "bggo-javac", STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      t.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while compiling the generated grid", e);
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    return ok.get();
  }
}
