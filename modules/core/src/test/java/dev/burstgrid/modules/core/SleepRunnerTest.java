package dev.burstgrid.modules.core;

import dev.burstgrid.runtime.testing.TestRunContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SleepRunnerTest {
  private final SleepRunner runner = new SleepRunner();

  @Test
  void sleepsForTheDuration() throws Exception {
    long start = System.nanoTime();
    SleepRunner.Output out =
        runner.run(
            new SleepRunner.Input(Duration.ofMillis(50)), new TestRunContext("s"));
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    assertThat(out.duration()).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void interruptionEndsTheSleepPromptly() throws Exception {
    TestRunContext context = new TestRunContext("s");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                runner.run(new SleepRunner.Input(Duration.ofSeconds(30)), context);
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    thread.start();
    context.awaitHook();
    long start = System.nanoTime();
    thread.interrupt();
    thread.join(10_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5)); // vs 30 s
    assertThat(failure.get()).isInstanceOf(InterruptedException.class);
  }

  @Test
  void cancelHookEndsTheSleepPromptly() throws Exception {
    TestRunContext context = new TestRunContext("s");
    CompletableFuture<SleepRunner.Output> result =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return runner.run(
                    new SleepRunner.Input(Duration.ofSeconds(30)), context);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    context.awaitHook();
    context.cancel();
    assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(CancellationException.class);
  }

  @Test
  void negativeDurationIsRejected() {
    assertThatThrownBy(
            () ->
                runner.run(
                    new SleepRunner.Input(Duration.ofSeconds(-1)),
                    new TestRunContext("s")))
        .hasMessage("duration must not be negative, got \"-1s\"");
  }
}
