package dev.burstgrid.runtime;

import static dev.burstgrid.runtime.TestRun.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class FailFastTest {

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void firstFailureInterruptsRunningStepsAndSkipsDependents(ExecutorKind kind) throws Exception {
    TestRun t = TestRun.start(kind);
    GridRun run = t.run;
    CountDownLatch blockedStarted = new CountDownLatch(1);
    CountDownLatch sleeperStarted = new CountDownLatch(1);
    AtomicBoolean blockedInterrupted = new AtomicBoolean();
    AtomicBoolean sleeperInterrupted = new AtomicBoolean();
    CountDownLatch hookCalled = new CountDownLatch(1);
    AtomicBoolean dependentRan = new AtomicBoolean();

    CompletableFuture<String> blocked =
        run.step(
            step("blocked"),
            List.of(),
            ctx -> {
              ctx.onCancel(hookCalled::countDown);
              blockedStarted.countDown();
              try {
                Waits.forever();
              } catch (InterruptedException e) {
                blockedInterrupted.set(true);
                throw e;
              }
              return "never";
            });
    CompletableFuture<String> sleeper =
        run.step(
            step("sleeper"),
            List.of(),
            ctx -> {
              sleeperStarted.countDown();
              try {
                Thread.sleep(Duration.ofMinutes(5).toMillis());
              } catch (InterruptedException e) {
                sleeperInterrupted.set(true);
                throw e;
              }
              return "never";
            });
    CompletableFuture<String> failing =
        run.step(
            new StepInfo("step.http_request.fan[3]", "grid.hcl:18:1"),
            List.of(),
            ctx -> {
              Waits.await(blockedStarted);
              Waits.await(sleeperStarted);
              throw new IOException("connection refused");
            });
    CompletableFuture<String> afterFailing =
        run.step(step("after_failing"), List.of(failing), ctx -> {
          dependentRan.set(true);
          return "x";
        });
    CompletableFuture<String> afterBlocked =
        run.step(step("after_blocked"), List.of(blocked, afterFailing), ctx -> {
          dependentRan.set(true);
          return "x";
        });
    long start = System.nanoTime();
    RunResult result = run.await();
    long elapsed = System.nanoTime() - start;

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.failure().address()).isEqualTo("step.http_request.fan[3]");
    assertThat(result.failure().location()).isEqualTo("grid.hcl:18:1");
    assertThat(result.failure().message()).isEqualTo("connection refused");
    assertThat(result.failure().cause()).isInstanceOf(IOException.class);
    assertThat(result.failure()).hasToString("step.http_request.fan[3] (grid.hcl:18:1): connection refused");
    assertThat(blockedInterrupted).isTrue();
    assertThat(sleeperInterrupted).isTrue();
    assertThat(hookCalled.getCount()).isZero();
    assertThat(dependentRan).isFalse();
    assertThat(elapsed).isLessThan(Duration.ofSeconds(4).toNanos()); // well within the grace
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.cancelled()).isEqualTo(2);
    assertThat(result.skipped()).isEqualTo(2);
    assertThat(failureOf(afterFailing)).isInstanceOf(SkippedException.class);
    assertThat(failureOf(afterBlocked)).isInstanceOf(SkippedException.class);
    assertThat(afterBlocked.isCancelled()).isTrue();
    assertThat(failureOf(failing))
        .isInstanceOf(StepFailedException.class)
        .hasMessage("step.http_request.fan[3] (grid.hcl:18:1): connection refused");
    assertThatThrownBy(failing::join).isInstanceOf(CompletionException.class);
    assertThat(t.log())
        .contains("failed  step.http_request.fan[3] (grid.hcl:18:1) ")
        .contains("skipped step.test.after_failing (")
        .contains("cancel  step.test.blocked (")
        .contains("FAILED  0 ok, 1 failed, 2 cancelled, 2 skipped in ")
        .contains("error   step.http_request.fan[3] (grid.hcl:18:1): connection refused");
    assertNoStepThreadsLeft(run);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void cancelFromOutsideIsNotSuccess(ExecutorKind kind) throws Exception {
    TestRun t = TestRun.start(kind);
    GridRun run = t.run;
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<String> running =
        run.step(step("running"), List.of(), ctx -> {
          started.countDown();
          Waits.forever();
          return "never";
        });
    run.step(step("later"), List.of(running), ctx -> "x");
    Thread canceller =
        new Thread(
            () -> {
              try {
                Waits.await(started);
              } catch (InterruptedException e) {
                return;
              }
              run.cancel();
            });
    canceller.start();
    RunResult result = run.await();
    canceller.join();

    assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(result.isOk()).isFalse();
    assertThat(result.exitCode()).isEqualTo(130);
    assertThat(result.failure()).isNull();
    assertThat(result.cancelled()).isEqualTo(1);
    assertThat(result.skipped()).isEqualTo(1);
    assertThat(t.log()).contains("CANCELLED 0 ok, 0 failed, 1 cancelled, 1 skipped");
    assertNoStepThreadsLeft(run);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void stepThrowingCancellationOnItsOwnFailsTheRun(ExecutorKind kind) {
    GridRun run = TestRun.start(kind).run;
    run.step(step("cancels"), List.of(), ctx -> {
      throw new CancellationException("gave up");
    });
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.failure().message()).isEqualTo("gave up");
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void failureAtTheHeadOfALongChainSkipsItWithoutRecursion(ExecutorKind kind) {
    GridRun run = TestRun.start(TestRun.defaults(kind).verbosity(Verbosity.QUIET)).run;
    CompletableFuture<Integer> previous =
        run.step(step("head"), List.of(), ctx -> {
          throw new IllegalStateException("boom");
        });
    StepInfo info = step("chain");
    List<CompletableFuture<Integer>> chain = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      CompletableFuture<Integer> dep = previous;
      previous = run.step(info.instance(i), List.of(dep), ctx -> dep.join() + 1);
      chain.add(previous);
    }
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.skipped()).isEqualTo(10_000);
    assertThat(chain).allMatch(CompletableFuture::isCompletedExceptionally);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void onlyTheFirstFailureIsTheRootCause(ExecutorKind kind) {
    GridRun run = TestRun.start(kind).run;
    CountDownLatch firstFailed = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    run.step(step("second"), List.of(), ctx -> {
      secondStarted.countDown();
      try {
        Waits.forever();
      } catch (InterruptedException e) {
        throw new IllegalStateException("interrupted while waiting", e);
      }
      return 0;
    });
    run.step(step("first"), List.of(), ctx -> {
      Waits.await(secondStarted);
      firstFailed.countDown();
      throw new IllegalArgumentException("the real problem");
    });
    RunResult result = run.await();

    assertThat(result.failure().address()).isEqualTo("step.test.first");
    assertThat(result.failure().message()).isEqualTo("the real problem");
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.cancelled()).isEqualTo(1);
  }

  @Test
  void onCancelHookRegisteredAfterCancellationRunsAtOnce() throws Exception {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger hookCalls = new AtomicInteger();
    run.step(step("late_hook"), List.of(), ctx -> {
      started.countDown();
      try {
        Waits.forever();
      } catch (InterruptedException e) {
        ctx.onCancel(hookCalls::incrementAndGet);
      }
      return ctx.isCancelled();
    });
    Waits.await(started);
    run.cancel();
    RunResult result = run.await();

    assertThat(hookCalls).hasValue(1);
    assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
  }

  @Test
  void closeWithoutAwaitCancelsAndCleansUp() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    GridRun escaped;
    try (GridRun run = TestRun.start(ExecutorKind.AUTO).run) {
      escaped = run;
      run.step(step("running"), List.of(), ctx -> {
        started.countDown();
        try {
          Waits.forever();
        } catch (InterruptedException e) {
          interrupted.set(true);
        }
        return 0;
      });
      Waits.await(started);
      // Generated code threw while building the rest of the schedule: close() stops the run.
    }

    assertThat(interrupted).isTrue();
    assertThat(escaped.isCancelled()).isTrue();
    assertNoStepThreadsLeft(escaped);
  }

  @Test
  void failedDerivedFutureFailsTheDependentStepAtItsLocation() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    CompletableFuture<Integer> derived =
        CompletableFuture.failedFuture(new IndexOutOfBoundsException("no [5]"));
    run.step(new StepInfo("step.print.x", "grid.hcl:9:3"), List.of(derived), ctx -> 1);
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure()).hasToString("step.print.x (grid.hcl:9:3): no [5]");
  }

  @Test
  void stepThatIgnoresInterruptionIsAbandonedAfterTheGrace() throws Exception {
    TestRun t =
        TestRun.start(
            TestRun.defaults(ExecutorKind.AUTO).cancelGrace(Duration.ofMillis(200)));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    t.run.step(step("stubborn"), List.of(), ctx -> {
      started.countDown();
      while (true) {
        try {
          Waits.await(finish);
          return 0;
        } catch (InterruptedException e) {
          // ignores cancellation
        }
      }
    });
    Waits.await(started);
    t.run.cancel();
    RunResult result = t.run.await();
    finish.countDown();

    assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(t.log()).contains("1 step(s) did not stop within 200ms of cancellation");
  }

  /** The exception a future was completed with, unwrapped by nothing. */
  static Throwable failureOf(CompletableFuture<?> future) {
    return future.handle((value, failure) -> failure).join();
  }

  static void assertNoStepThreadsLeft(GridRun run) throws InterruptedException {
    assertThat(run.liveThreads()).isZero();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (stepThreadsAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(stepThreadsAlive()).as("platform bggo-step- threads alive").isFalse();
  }

  private static boolean stepThreadsAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(th -> th.getName().startsWith("bggo-step-") && th.isAlive());
  }
}
