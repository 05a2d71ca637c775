package dev.burstgrid.runtime.internal;

import dev.burstgrid.runtime.CachedRun;
import dev.burstgrid.runtime.spi.RunContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The outputs of one run's {@code cache = true} steps, keyed by runner and input (records compare
 * by value). The first instance with an input runs; one with an equal input waits for it and
 * reuses its output, logged {@code cached … same input as step.x}. A failure is not cached:
 * whoever waited for it runs on its own.
 */
public final class StepCache {
  private record Key(String runner, Object input) {}

  private record Entry(String address, CompletableFuture<Object> output) {}

  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final Scheduler run;

  public StepCache(Scheduler run) {
    this.run = run;
  }

  @SuppressWarnings("unchecked")
  public <I, O> O run(RunContext ctx, String runner, I input, CachedRun<I, O> body) throws Exception {
    Key key = new Key(runner, input);
    Entry mine = new Entry(ctx.address(), new CompletableFuture<>());
    Entry earlier = entries.putIfAbsent(key, mine);
    if (earlier != null) {
      try {
        O output = (O) earlier.output().get();
        run.log().cached(ctx.address(), ctx.location(), earlier.address());
        return output;
      } catch (ExecutionException e) {
        return body.run(input); // the earlier instance failed: try on our own
      }
    }
    try {
      O output = body.run(input);
      mine.output().complete(output);
      return output;
    } catch (Throwable t) {
      entries.remove(key, mine);
      mine.output().completeExceptionally(t);
      throw t;
    }
  }
}
