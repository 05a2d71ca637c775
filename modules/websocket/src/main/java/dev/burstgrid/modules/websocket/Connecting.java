package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.value.Durations;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The wait for a new connection to be established; a connection that is not gets closed. */
public final class Connecting {
  /** Lets a half-open connection go. */
  public interface Abandon {
    void run() throws InterruptedException;
  }

  private Connecting() {}

  /**
   * Waits until {@code established} completes, at most {@code timeout}.
   *
   * @param established completed when the server accepts; failed with an {@link IOException}
   *     that says why not
   * @param target the server, for the timeout's message
   * @param abandon run when the wait fails, times out or is interrupted
   * @throws IOException the reason the connection failed, or the timeout
   */
  public static void await(
      CompletableFuture<?> established, Duration timeout, String target, Abandon abandon)
      throws IOException, InterruptedException {
    try {
      established.get(TimeUnit.NANOSECONDS.convert(timeout), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon.run();
      throw new IOException(
          "cannot connect to " + target + ": no answer within " + Durations.format(timeout));
    } catch (ExecutionException e) {
      abandon.run();
      throw (IOException) e.getCause();
    } catch (InterruptedException e) {
      abandon.run();
      throw e;
    }
  }
}
