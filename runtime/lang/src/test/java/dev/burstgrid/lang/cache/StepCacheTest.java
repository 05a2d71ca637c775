package dev.burstgrid.lang.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunStatus;
import dev.burstgrid.runtime.StepControls;
import dev.burstgrid.runtime.StepInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The step cache on the runtime's hooks: one cache per run, its lines in the run's progress log. */
class StepCacheTest {
  private static final StepInfo A = new StepInfo("step.print.a", "grid.hcl:1:1");
  private static final StepInfo B = new StepInfo("step.print.b", "grid.hcl:5:1");

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicInteger calls = new AtomicInteger();

  @Test
  void anInstanceWithAnEqualInputReusesTheEarlierOutputAndSaysSo() {
    try (GridRun run = start()) {
      CompletableFuture<String> a = run.step(A, List.of(), ctx -> StepCache.cached(run, ctx, "print", "x", this::shout, null));
      CompletableFuture<String> b = run.step(B, List.of(a), ctx -> StepCache.cached(run, ctx, "print", "x", this::shout, null));

      assertThat(run.await().status()).isEqualTo(RunStatus.OK);
      assertThat(b.join()).isEqualTo("x!");
    }
    assertThat(calls).hasValue(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("] cached  step.print.b (grid.hcl:5:1): same input as step.print.a");
  }

  @Test
  void eachRunHasItsOwnCache() {
    for (int i = 0; i < 2; i++) {
      try (GridRun run = start()) {
        run.step(A, List.of(), ctx -> StepCache.cached(run, ctx, "print", "x", this::shout, null));
        run.await();
      }
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void aFailedOutputIsNeverReused() {
    CountDownLatch aRuns = new CountDownLatch(1);
    CompletableFuture<Object> b;
    try (GridRun run = start()) {
      // a enters the cache first and fails; on_failure = "continue" keeps the run going for b.
      run.step(A, StepControls.builder().continueOnFailure(true).build(), List.of(), List.of(),
          ctx -> StepCache.cached(run, ctx, "print", "x", in -> {
            calls.incrementAndGet();
            aRuns.countDown();
            throw new IllegalStateException("no");
          }, null));
      CompletableFuture<Integer> afterA = run.step(new StepInfo("step.print.gate", "grid.hcl:9:1"), List.of(), ctx -> {
        aRuns.await();
        return 0;
      });
      b = run.step(B, List.of(afterA), ctx -> StepCache.cached(run, ctx, "print", "x", this::shout, null));
      run.await();
    }
    assertThat(b.join()).isEqualTo("x!");
    assertThat(calls).hasValue(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("cached");
  }

  private String shout(String input) {
    calls.incrementAndGet();
    return input + "!";
  }

  private GridRun start() {
    return GridRun.start(options().build());
  }

  private RunOptions.Builder options() {
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    return RunOptions.builder().out(stream).err(stream);
  }
}
