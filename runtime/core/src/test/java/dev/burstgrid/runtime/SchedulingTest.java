package dev.burstgrid.runtime;

import static dev.burstgrid.runtime.TestRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class SchedulingTest {

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void fanInStartsOnlyAfterEveryDependencyCompleted(ExecutorKind kind) throws Exception {
    TestRun t = TestRun.start(kind);
    GridRun run = t.run;
    CountDownLatch releaseSlow = new CountDownLatch(1);
    CountDownLatch fastDone = new CountDownLatch(2);
    AtomicLong lastDepEnd = new AtomicLong();
    AtomicLong fanInStart = new AtomicLong();
    AtomicBoolean fanInStarted = new AtomicBoolean();

    List<CompletableFuture<Integer>> deps = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int value = i;
      deps.add(
          run.step(
              step("fast").instance(i),
              List.of(),
              ctx -> {
                lastDepEnd.accumulateAndGet(System.nanoTime(), Math::max);
                fastDone.countDown();
                return value;
              }));
    }
    deps.add(
        run.step(
            step("slow"),
            List.of(),
            ctx -> {
              Waits.await(releaseSlow);
              lastDepEnd.accumulateAndGet(System.nanoTime(), Math::max);
              return 2;
            }));
    CompletableFuture<List<Integer>> fanIn =
        run.step(
            step("all"),
            deps,
            ctx -> {
              fanInStarted.set(true);
              fanInStart.set(System.nanoTime());
              return GridRun.outputs(deps);
            });

    Waits.await(fastDone);
    assertThat(fanInStarted).isFalse(); // the slow dependency has not completed
    releaseSlow.countDown();
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.OK);
    assertThat(fanIn.join()).containsExactly(0, 1, 2);
    assertThat(fanInStart.get()).isGreaterThanOrEqualTo(lastDepEnd.get());
    assertThat(result.ok()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void fanOutRunsInstancesConcurrently(ExecutorKind kind) {
    int n = 16;
    TestRun t = TestRun.start(kind);
    GridRun run = t.run;
    // Passes only if all n instances are inside their body at the same time.
    CyclicBarrier together = new CyclicBarrier(n);
    CompletableFuture<String> first = run.step(step("first"), List.of(), ctx -> "go");
    List<CompletableFuture<Integer>> fan = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      fan.add(
          run.step(
              step("fan").instance(i),
              List.of(first),
              ctx -> {
                together.await(Waits.SECONDS, TimeUnit.SECONDS);
                return index;
              }));
    }
    RunResult result = run.await();

    assertThat(result.status()).as(t.log()).isEqualTo(RunStatus.OK);
    assertThat(GridRun.outputs(fan)).hasSize(n);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void tenThousandDeepChainCompletes(ExecutorKind kind) {
    GridRun run = TestRun.start(TestRun.defaults(kind).verbosity(Verbosity.QUIET)).run;
    StepInfo info = step("chain");
    CompletableFuture<Integer> previous = run.step(info.instance(0), List.of(), ctx -> 0);
    for (int i = 1; i < 10_000; i++) {
      CompletableFuture<Integer> dep = previous;
      previous = run.step(info.instance(i), List.of(dep), ctx -> dep.join() + 1);
    }
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.OK);
    assertThat(previous.join()).isEqualTo(9_999);
    assertThat(result.ok()).isEqualTo(10_000);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void hundredThousandWideFanOutAndFanInComplete(ExecutorKind kind) {
    GridRun run = TestRun.start(TestRun.defaults(kind).verbosity(Verbosity.QUIET)).run;
    int n = 100_000;
    AtomicInteger ran = new AtomicInteger();
    CompletableFuture<Integer> root = run.step(step("root"), List.of(), ctx -> 1);
    StepInfo fanInfo = step("fan");
    List<CompletableFuture<Integer>> fan = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int index = i;
      fan.add(
          run.step(
              fanInfo.instance(i),
              List.of(root),
              ctx -> {
                ran.incrementAndGet();
                return index;
              }));
    }
    CompletableFuture<Long> sum =
        run.step(
            step("sum"),
            fan,
            ctx -> GridRun.outputs(fan).stream().mapToLong(Integer::longValue).sum());
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.OK);
    assertThat(ran).hasValue(n);
    assertThat(sum.join()).isEqualTo((long) n * (n - 1) / 2);
    assertThat(result.ok()).isEqualTo(n + 2);
    assertThat(run.liveThreads()).isZero();
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void bodiesSeeTheirContext(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    CompletableFuture<String> f =
        t.run.step(
            new StepInfo("step.print.hello", "main.hcl:3:1"),
            List.of(),
            ctx -> {
              ctx.out().println(ctx.address() + " " + ctx.environment().get("GREETING"));
              return ctx.location() + " cancelled=" + ctx.isCancelled();
            });
    RunResult result = t.run.await();

    assertThat(result.isOk()).isTrue();
    assertThat(t.out()).isEqualTo("step.print.hello hello" + System.lineSeparator());
    assertThat(f.join()).isEqualTo("main.hcl:3:1 cancelled=false");
    assertThat(Thread.currentThread().getName()).doesNotStartWith("bggo-step");
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void aStepThatMakesOneDependentReadyRunsItNextOnTheSameThread(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    // The first step waits until the chain is declared: finished earlier, its dependents
    // would be ready when declared and start wherever the declaring thread sends them.
    CountDownLatch declared = new CountDownLatch(1);
    CompletableFuture<Thread> first =
        t.run.step(step("first"), List.of(), ctx -> {
          declared.await(20, TimeUnit.SECONDS);
          return Thread.currentThread();
        });
    CompletableFuture<Thread> second =
        t.run.step(step("second"), List.of(first), ctx -> Thread.currentThread());
    CompletableFuture<Thread> third =
        t.run.step(step("third"), List.of(second), ctx -> Thread.currentThread());
    declared.countDown();
    assertThat(t.run.await().isOk()).isTrue();

    assertThat(second.join()).isSameAs(first.join());
    assertThat(third.join()).isSameAs(first.join());
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void dependentsMadeReadyTogetherStillRunInParallel(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    CyclicBarrier allRunning = new CyclicBarrier(3);
    CompletableFuture<Integer> root = t.run.step(step("root"), List.of(), ctx -> 1);
    List<CompletableFuture<Integer>> fanOut = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      fanOut.add(t.run.step(step("fan").instance(i), List.of(root), ctx -> {
        // Each waits for the other two: run one after another, they would time out.
        return allRunning.await(20, TimeUnit.SECONDS);
      }));
    }
    RunResult result = t.run.await();

    assertThat(result.isOk()).as(String.valueOf(result)).isTrue();
    assertThat(fanOut).allMatch(f -> !f.isCompletedExceptionally());
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void stepsRunOnNamedStepThreads(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    CompletableFuture<String> name =
        t.run.step(step("name"), List.of(), ctx -> Thread.currentThread().getName());
    t.run.await();

    // Virtual threads share one name (a dump tells them apart by id); pooled ones are numbered.
    assertThat(name.join()).matches(t.run.usesVirtualThreads() ? "bggo-step" : "bggo-step-\\d+");
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void emptyScheduleIsOk(ExecutorKind kind) {
    RunResult result = TestRun.start(kind).run.await();

    assertThat(result.status()).isEqualTo(RunStatus.OK);
    assertThat(result.ok()).isZero();
  }
}
