package dev.burstgrid.runtime;

import static dev.burstgrid.runtime.TestRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class RaceTest {

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void theFirstSuccessWinsAndTheOthersStopAloneWhileTheRunGoesOn(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    AtomicInteger hooks = new AtomicInteger();
    CountDownLatch slowStarted = new CountDownLatch(1);
    CompletableFuture<String> slow = t.run.step(step("slow"), List.of(), ctx -> {
      ctx.onCancel(hooks::incrementAndGet);
      slowStarted.countDown();
      Waits.forever();
      return "slow";
    });
    CompletableFuture<String> fast = t.run.step(step("fast"), List.of(), ctx -> {
      Waits.await(slowStarted);
      return "fast";
    });
    CompletableFuture<String> waiting = t.run.step(step("waiting"), List.of(slow), ctx -> "never");
    CompletableFuture<RaceWinner> race =
        t.run.race(List.of(slow, waiting, fast), List.of("step.t.slow", "step.t.waiting", "step.t.fast"));
    CompletableFuture<String> after = t.run.step(step("after"), List.of(race), ctx -> race.join().address());
    RunResult result = t.run.await();
    assertThat(result.status()).as(t.log()).isEqualTo(RunStatus.OK);
    assertThat(after.join()).isEqualTo("step.t.fast");
    assertThat(race.join()).isEqualTo(new RaceWinner(2, "step.t.fast", "fast"));
    assertThat(hooks).as("the running loser's cancel hook fired once").hasValue(1);
    assertThat(result.ok()).isEqualTo(2);
    assertThat(result.cancelled()).isEqualTo(1);
    assertThat(result.skipped()).isEqualTo(1);
    assertThat(t.log()).contains(": lost the race to step.t.fast");
    assertThat(t.run.liveThreads()).isZero();
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void aRaceWithoutAWinnerSkipsItsStep(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    StepControls goOn = StepControls.builder().continueOnFailure(true).build();
    CompletableFuture<String> a = t.run.step(step("a"), goOn, List.of(), List.of(), ctx -> {
      throw new java.io.IOException("a failed");
    });
    CompletableFuture<String> b = t.run.step(step("b"), StepControls.NONE, List.of(), List.of(),
        GridRun.when(ctx -> false, ctx -> "b"));
    CompletableFuture<RaceWinner> race = t.run.race(List.of(a, b), List.of("step.t.a", "step.t.b"));
    AtomicInteger ran = new AtomicInteger();
    t.run.step(step("after"), List.of(race), ctx -> ran.incrementAndGet());
    RunResult result = t.run.await();
    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(ran).hasValue(0);
    assertThat(result.skippedByCondition()).isEqualTo(1);
    assertThat(t.log()).contains("needs one of [step.t.a, step.t.b], which did not complete")
        .doesNotContain("start   step.t.b");
  }
}
