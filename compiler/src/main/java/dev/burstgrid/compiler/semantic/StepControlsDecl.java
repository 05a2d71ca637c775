package dev.burstgrid.compiler.semantic;

import dev.burstgrid.compiler.syntax.Attribute;
import java.time.Duration;

/**
 * A step's execution controls after binding; each is null (or false) when not written.
 *
 * @param condition {@code if = EXPR}
 * @param timeout {@code timeout = "5s"}: the longest one attempt may run
 * @param retry {@code retry { … }}
 * @param delayBefore {@code delay_before}
 * @param delayAfter {@code delay_after}
 * @param continueOnFailure {@code on_failure = "continue"}
 * @param concurrency {@code concurrency = N} on a group
 * @param cache {@code cache = true}: reuse the output of an earlier instance with an equal input
 * @param cacheDir {@code cache_dir = "DIR"}: where cached outputs persist across runs (null: the
 *     run's {@code --cache-dir}, if any)
 * @param race {@code depends_on_any = [step.a, step.b]}: the step starts when the first of them
 *     succeeds (empty when not written)
 */
public record StepControlsDecl(
    Attribute condition,
    Duration timeout,
    RetryDecl retry,
    Duration delayBefore,
    Duration delayAfter,
    boolean continueOnFailure,
    Integer concurrency,
    boolean cache,
    String cacheDir,
    java.util.List<DependsOn> race) {

  public static final StepControlsDecl NONE =
      new StepControlsDecl(null, null, null, null, null, false, null, false, null, java.util.List.of());

  /** {@code retry { attempts = 3, delay = "200ms", backoff = "exponential", max_delay = "5s", jitter = true }}. */
  public record RetryDecl(int attempts, Duration delay, boolean exponential, Duration maxDelay, boolean jitter,
      Attribute on) {}
}
