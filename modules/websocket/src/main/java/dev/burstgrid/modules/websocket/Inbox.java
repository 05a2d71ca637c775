package dev.burstgrid.modules.websocket;

import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.runtime.spi.RunContext;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The messages a connection receives, handed to the steps waiting for them. A message goes to
 * the oldest waiting claim that accepts it; one that nobody waits for is kept (up to {@code
 * capacity}, oldest dropped first) for a later claim that looks at kept messages, so a reply
 * that arrives before its step starts waiting is not lost. When the connection ends, every
 * waiting and later claim fails with the reason. Thread-safe.
 *
 * @param <M> the message type
 */
public final class Inbox<M> {
  private final int capacity;
  private final ArrayDeque<M> kept = new ArrayDeque<>();
  private final List<Claim> waiting = new ArrayList<>();
  private String endedBecause;

  public Inbox(int capacity) {
    this.capacity = capacity;
  }

  /** One step's wait for a message. */
  public final class Claim {
    private final Predicate<M> accepts;
    private final CompletableFuture<M> result = new CompletableFuture<>();

    private Claim(Predicate<M> accepts) {
      this.accepts = accepts;
    }

    /**
     * Waits for the message, at most {@code timeout}; gives up when the step is cancelled. The
     * claim is withdrawn however the wait ends.
     *
     * @param what what is awaited, for the timeout's message, such as {@code event "pong"}
     * @throws TimeoutException when no accepted message came in time
     * @throws IOException when the connection ended first
     */
    public M await(Duration timeout, RunContext context, String what)
        throws IOException, TimeoutException, InterruptedException {
      context.onCancel(() -> result.completeExceptionally(new CancellationException(what + ": cancelled")));
      try {
        try {
          return result.get(TimeUnit.NANOSECONDS.convert(timeout), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          // Settles the race with a message arriving just now: whichever completes first wins.
          result.completeExceptionally(
              new TimeoutException("no " + what + " within " + Durations.format(timeout)));
          return result.get();
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw new IOException(what + ": " + io.getMessage(), io);
        }
        if (cause instanceof TimeoutException t) {
          throw t;
        }
        if (cause instanceof CancellationException c) {
          throw c;
        }
        throw new IllegalStateException(cause);
      } finally {
        withdraw();
      }
    }

    /** Stops waiting; a message that comes later goes to another claim or is kept. */
    public void withdraw() {
      synchronized (Inbox.this) {
        waiting.remove(this);
      }
    }
  }

  /**
   * Starts waiting for a message {@code accepts} takes.
   *
   * @param fromKept whether a kept message (one that came before this call) may answer it
   */
  public synchronized Claim claim(Predicate<M> accepts, boolean fromKept) {
    Claim claim = new Claim(accepts);
    if (fromKept) {
      for (Iterator<M> it = kept.iterator(); it.hasNext(); ) {
        M message = it.next();
        if (accepts.test(message)) {
          it.remove();
          claim.result.complete(message);
          return claim;
        }
      }
    }
    if (endedBecause != null) {
      claim.result.completeExceptionally(new IOException(endedBecause));
    } else {
      waiting.add(claim);
    }
    return claim;
  }

  /** Hands a received message to the oldest claim that accepts it, or keeps it. */
  public void deliver(M message) {
    while (true) {
      Claim taker = takerOf(message);
      // Completed outside the lock; a claim that timed out or was cancelled meanwhile refuses
      // the message, which then goes to the next taker.
      if (taker == null || taker.result.complete(message)) {
        return;
      }
    }
  }

  private synchronized Claim takerOf(M message) {
    for (Iterator<Claim> it = waiting.iterator(); it.hasNext(); ) {
      Claim claim = it.next();
      if (claim.accepts.test(message)) {
        it.remove();
        return claim;
      }
    }
    kept.addLast(message);
    if (kept.size() > capacity) {
      kept.removeFirst();
    }
    return null;
  }

  /** Fails every waiting claim, and every later one that no kept message answers. */
  public void end(String reason) {
    List<Claim> failed;
    synchronized (this) {
      if (endedBecause != null) {
        return;
      }
      endedBecause = reason;
      failed = new ArrayList<>(waiting);
      waiting.clear();
    }
    failed.forEach(c -> c.result.completeExceptionally(new IOException(reason)));
  }

  /** Whether the connection has ended. */
  public synchronized boolean hasEnded() {
    return endedBecause != null;
  }

  /** How many claims are waiting; for tests that check waits are released. */
  public synchronized int waitingCount() {
    return waiting.size();
  }
}
