package dev.burstgrid.modules.websocket.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** Runs a blocking step call on another thread, so a test can act while it waits. */
public final class InBackground {
  private InBackground() {}

  /** Completes with what {@code work} returns, or with the exception it throws, as a value. */
  public static CompletableFuture<Object> outcomeOf(Callable<?> work) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return work.call();
          } catch (Exception e) {
            return e;
          }
        });
  }
}
