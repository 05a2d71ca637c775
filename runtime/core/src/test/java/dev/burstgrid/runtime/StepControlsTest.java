package dev.burstgrid.runtime;

import static dev.burstgrid.runtime.TestRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class StepControlsTest {

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void aTimeoutInterruptsEachAttemptAndCallsItsOwnHook(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    AtomicInteger hooks = new AtomicInteger();
    AtomicInteger attempts = new AtomicInteger();
    StepControls controls = StepControls.builder().timeout(Duration.ofMillis(100))
        .retry(new Retry(3, Duration.ofMillis(10), false, Duration.ofSeconds(1), false)).build();
    t.run.step(step("hung"), controls, List.of(), List.of(), ctx -> {
      attempts.incrementAndGet();
      ctx.onCancel(hooks::incrementAndGet);
      Waits.forever();
      return "never";
    });
    RunResult result = t.run.await();
    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure().message()).isEqualTo("failed after 3 attempts: timed out after 100ms");
    assertThat(attempts).hasValue(3);
    assertThat(hooks).as("one hook per attempt, each called once").hasValue(3);
    assertThat(t.log()).contains("attempt 1 of 3 failed: timed out after 100ms; next attempt in 10ms");
    assertThat(t.run.liveThreads()).isZero();
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void aTimedOutStepsHooksHaveRunBeforeTheRunReports(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    AtomicInteger hooksDone = new AtomicInteger();
    StepControls controls = StepControls.builder().timeout(Duration.ofMillis(100)).build();
    t.run.step(step("hung"), controls, List.of(), List.of(), ctx -> {
      ctx.onCancel(() -> {
        try {
          Thread.sleep(300); // a slow hook: the interrupted body would end long before it
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        hooksDone.incrementAndGet();
      });
      Waits.forever();
      return "never";
    });
    RunResult result = t.run.await();
    assertThat(result.failure().message()).isEqualTo("timed out after 100ms");
    assertThat(hooksDone).as("the hook finished before await returned").hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void aLimitedGroupRunsAtMostNAtOnceAndAFailureSkipsTheQueue(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    AtomicInteger ran = new AtomicInteger();
    StepControls controls = StepControls.builder().concurrency(2).build();
    for (int i = 0; i < 10; i++) {
      int index = i;
      t.run.step(step("fan").instance(i), controls, List.of(), List.of(), ctx -> {
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        ran.incrementAndGet();
        try {
          // Those after fan[3] hold their slot until the failure cancels them, so however
          // slow the machine, none after fan[4] can start.
          Thread.sleep(index > 3 ? 20_000 : 30);
          if (index == 3) {
            throw new IOException("boom");
          }
        } finally {
          running.decrementAndGet();
        }
        return index;
      });
    }
    RunResult result = t.run.await();
    assertThat(result.failure().address()).isEqualTo("step.test.fan[3]");
    assertThat(peak).hasValue(2);
    assertThat(ran.get()).isLessThanOrEqualTo(5); // 0…4 at most: 4 may have started beside 3
    assertThat(result.ok() + result.failed() + result.cancelled() + result.skipped()).isEqualTo(10);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void continueOnFailureSkipsDependentsTransitivelyAndTheRunGoesOn(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    StepControls keepGoing = StepControls.builder().continueOnFailure(true).build();
    CompletableFuture<String> bad = t.run.step(step("bad"), keepGoing, List.of(), List.of(), ctx -> {
      throw new IOException("refused");
    });
    CompletableFuture<String> reader = t.run.step(step("reader"), List.of(bad), ctx -> bad.join() + "!");
    t.run.step(step("second"), List.of(reader), ctx -> reader.join() + "?");
    List<CompletableFuture<String>> independent = new ArrayList<>();
    independent.add(t.run.step(step("independent"), List.of(), ctx -> {
      Thread.sleep(50);
      return "ok";
    }));
    RunResult result = t.run.await();
    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure().toString()).isEqualTo("step.test.bad (grid.hcl:4:1): refused");
    assertThat(result.ok()).isEqualTo(1);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.skipped()).isEqualTo(2);
    assertThat(independent.get(0)).isCompletedWithValue("ok");
    assertThat(t.log()).contains("skipped step.test.second (grid.hcl:7:1): needs step.test.reader");
  }
}
