package dev.burstgrid.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code onCancel} hooks of one step or resource creation. Each hook runs at most once:
 * when {@link #fire} is called, or at once if it is added afterwards.
 */
final class CancelHooks {

  private final Consumer<Throwable> errors;
  private List<Runnable> hooks;
  private boolean fired;

  CancelHooks(Consumer<Throwable> errors) {
    this.errors = errors;
  }

  void add(Runnable hook) {
    synchronized (this) {
      if (!fired) {
        if (hooks == null) {
          hooks = new ArrayList<>(2);
        }
        hooks.add(hook);
        return;
      }
    }
    runQuietly(hook);
  }

  void fire() {
    List<Runnable> toRun;
    synchronized (this) {
      if (fired) {
        return;
      }
      fired = true;
      toRun = hooks;
      hooks = null;
    }
    if (toRun != null) {
      toRun.forEach(this::runQuietly);
    }
  }

  private void runQuietly(Runnable hook) {
    try {
      hook.run();
    } catch (Throwable t) {
      errors.accept(t);
    }
  }
}
