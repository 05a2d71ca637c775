package dev.burstgrid.lang.cache;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.RunAttachment;
import dev.burstgrid.runtime.RunLog;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.spi.RunContext;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The outputs of one run's {@code cache = true} steps, keyed by runner and input (records compare
 * by value). The first instance with an input runs; one with an equal input waits for it and
 * reuses its output, logged {@code cached … same input as step.x}. A failure is not cached:
 * whoever waited for it runs on its own. With a cache directory, outputs also persist across runs
 * ({@link CacheDirectory}). One per run, kept as its {@link GridRun#attachment}: in a load test, per
 * iteration.
 */
public final class StepCache {
  private static final RunAttachment<StepCache> PER_RUN = StepCache::new;

  private record Key(String runner, Object input) {}

  private record Entry(String address, CompletableFuture<Object> output) {}

  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final RunOptions options;
  private final RunLog log;
  private final ConcurrentHashMap<Path, CacheDirectory> directories = new ConcurrentHashMap<>();

  private StepCache(RunOptions options, RunLog log) {
    this.options = options;
    this.log = log;
  }

  /**
   * The runner call of a step with {@code cache = true} (its runner is {@link
   * dev.burstgrid.runtime.spi.Pure}): returns the output of an earlier instance of {@code runner}
   * in {@code run} whose input equals {@code input} (waiting for it if it still runs), logged as
   * {@code cached}; otherwise runs {@code body}. Failures are not cached. With {@link
   * RunOptions#cacheDir} set, {@code codec} also keeps the output on disk for later runs, and a
   * stored one is reused; a null {@code codec} keeps it in this run only.
   */
  public static <I, O> O cached(GridRun run, RunContext ctx, String runner, I input, CachedRun<I, O> body,
      CacheCodec<I, O> codec) throws Exception {
    return cached(run, ctx, runner, input, body, codec, null);
  }

  /**
   * As {@link #cached(GridRun, RunContext, String, Object, CachedRun, CacheCodec)}, keeping outputs in
   * the step's own {@code cache_dir} ({@code dir}, relative to the grid's directory) instead of the
   * run's {@code --cache-dir}; null for the run's.
   */
  public static <I, O> O cached(GridRun run, RunContext ctx, String runner, I input, CachedRun<I, O> body,
      CacheCodec<I, O> codec, String dir) throws Exception {
    return run.attachment(PER_RUN).run(ctx, runner, input, body, codec, dir);
  }

  /** The step's own directory (relative to the grid's), else the run's {@code --cache-dir}; null for none. */
  private CacheDirectory directory(String stepDir) {
    Path dir = stepDir != null ? options.gridDirectory().resolve(stepDir).normalize() : options.cacheDir();
    return dir == null ? null : directories.computeIfAbsent(dir, d -> new CacheDirectory(d, log));
  }

  /** The output for {@code input}: an earlier instance's in this run, one an earlier run stored, or {@code body}'s. */
  private <I, O> O run(RunContext ctx, String runner, I input, CachedRun<I, O> body, CacheCodec<I, O> codec,
      String stepDir) throws Exception {
    CacheDirectory directory = codec == null ? null : directory(stepDir);
    if (directory == null) {
      return inRun(ctx, runner, input, body);
    }
    // The first instance of this run with the input looks in the directory before it runs.
    return inRun(ctx, runner, input, in -> storedOr(ctx, in, body, codec, directory));
  }

  private <I, O> O storedOr(RunContext ctx, I input, CachedRun<I, O> body, CacheCodec<I, O> codec,
      CacheDirectory directory) throws Exception {
    String key = codec.key(input);
    O stored = directory.read(key, codec);
    if (stored != null) {
      log.event("cached", ctx.address(), ctx.location(), "stored by an earlier run in " + directory);
      return stored;
    }
    O output = body.run(input);
    directory.write(key, codec, output);
    return output;
  }

  @SuppressWarnings("unchecked")
  private <I, O> O inRun(RunContext ctx, String runner, I input, CachedRun<I, O> body) throws Exception {
    Key key = new Key(runner, input);
    Entry mine = new Entry(ctx.address(), new CompletableFuture<>());
    Entry earlier = entries.putIfAbsent(key, mine);
    if (earlier != null) {
      try {
        O output = (O) earlier.output().get();
        log.event("cached", ctx.address(), ctx.location(), "same input as " + earlier.address());
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
