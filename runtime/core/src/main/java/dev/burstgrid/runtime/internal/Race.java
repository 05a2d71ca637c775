package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.RaceWinner;
import dev.burstgrid.runtime.SkippedException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Any-to-one ({@code depends_on_any}): a future that completes with the first contender to
 * succeed; the others are then stopped alone (skipped if waiting, interrupted with their cancel
 * hooks fired if running), without stopping the run. When every contender ends without success
 * (skipped, by its if or after an {@code on_failure = "continue"} failure), the race fails with
 * a {@link SkippedException}, so the step waiting for it is skipped and the run goes on; a
 * contender's own failure stops the run as any failure does.
 */
public final class Race {
  private final List<? extends CompletableFuture<?>> contenders;
  private final List<String> addresses;
  private final CompletableFuture<RaceWinner> won = new CompletableFuture<>();
  private final AtomicInteger pending;

  private Race(List<? extends CompletableFuture<?>> contenders, List<String> addresses) {
    this.contenders = List.copyOf(contenders);
    this.addresses = List.copyOf(addresses);
    this.pending = new AtomicInteger(contenders.size());
  }

  /** The race between {@code contenders}, named by {@code addresses} (in the same order). */
  public static CompletableFuture<RaceWinner> of(
      List<? extends CompletableFuture<?>> contenders, List<String> addresses) {
    if (contenders.size() != addresses.size() || contenders.isEmpty()) {
      throw new IllegalArgumentException("a race needs contenders, each with its address");
    }
    Race race = new Race(contenders, addresses);
    for (int i = 0; i < race.contenders.size(); i++) {
      int index = i;
      race.contenders.get(i).whenComplete((value, failure) -> race.ended(index, value, failure));
    }
    return race.won;
  }

  private void ended(int index, Object value, Throwable failure) {
    boolean last = pending.decrementAndGet() == 0;
    if (failure == null) {
      if (won.complete(new RaceWinner(index, addresses.get(index), value))) {
        stopOthers(index);
      }
    } else if (last && !won.isDone()) {
      won.completeExceptionally(new SkippedException("one of " + addresses, "none of them completed"));
    }
  }

  private void stopOthers(int winner) {
    for (int i = 0; i < contenders.size(); i++) {
      if (i != winner && contenders.get(i) instanceof StepFuture<?> loser) {
        loser.task.loseRace(addresses.get(winner));
      }
    }
  }
}
