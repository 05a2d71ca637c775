package dev.burstgrid.runtime;

import static dev.burstgrid.runtime.TestRun.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ExecutorTest {

  private static final boolean JDK21 = Runtime.version().feature() >= 21;

  @Test
  void autoPicksVirtualThreadsExactlyWhenTheJvmHasThem() throws Exception {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    CompletableFuture<Boolean> daemon =
        run.step(step("t"), List.of(), ctx -> Thread.currentThread().isDaemon());
    run.await();

    assertThat(run.usesVirtualThreads()).isEqualTo(JDK21);
    assertThat(daemon.join()).isTrue();
  }

  @Test
  void platformIsNeverVirtual() {
    GridRun run = TestRun.start(ExecutorKind.PLATFORM).run;
    run.await();

    assertThat(run.usesVirtualThreads()).isFalse();
  }

  @Test
  void virtualRequiresJdk21() {
    if (JDK21) {
      GridRun run = TestRun.start(ExecutorKind.VIRTUAL).run;
      run.await();
      assertThat(run.usesVirtualThreads()).isTrue();
    } else {
      assertThatThrownBy(() -> TestRun.start(ExecutorKind.VIRTUAL))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("virtual threads need Java 21");
    }
  }

  @Test
  void platformPoolIsBounded() throws Exception {
    GridRun run =
        TestRun.start(TestRun.defaults(ExecutorKind.PLATFORM).maxPlatformThreads(2)).run;
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    CountDownLatch twoIn = new CountDownLatch(2);
    List<CompletableFuture<Integer>> all = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      all.add(
          run.step(step("s").instance(i), List.of(), ctx -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            twoIn.countDown();
            Waits.await(twoIn); // the first two overlap, proving the pool has two threads
            running.decrementAndGet();
            return 0;
          }));
    }
    RunResult result = run.await();

    assertThat(result.isOk()).isTrue();
    assertThat(maxRunning).hasValue(2);
    assertThat(run.liveThreads()).isZero();
  }
}
