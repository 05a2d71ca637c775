package dev.burstgrid.runtime.load;

import static dev.burstgrid.runtime.load.Load.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.StepInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Resource scopes under load, and stopping a run (Ctrl-C) with everything closed. */
class ScopesAndStopTest {

  private final Load load = new Load();

  @Test
  void eachScopeIsCreatedOncePerItsOwnerAndClosedWhenItEnds() {
    TestGrid grid = new TestGrid(1);
    load.run("scopes", new Executor.PerVuIterations(3, 4, Duration.ofMinutes(1)), grid);

    assertThat(grid.created(ResourceScope.RUN)).isEqualTo(1);
    assertThat(grid.created(ResourceScope.VU)).isEqualTo(3);
    assertThat(grid.created(ResourceScope.ITERATION)).isEqualTo(12);
    for (ResourceScope scope : ResourceScope.values()) {
      assertThat(grid.closed(scope)).as(scope.name()).isEqualTo(grid.created(scope));
    }
  }

  @Test
  void failingIterationsStillCloseTheirResources() {
    TestGrid grid = new TestGrid(0, ctx -> true);
    LoadResult r = load.run("failing", new Executor.SharedIterations(2, 10, Duration.ofMinutes(1)), grid);

    assertThat(r.metrics().valueOrZero("iteration_failed", "rate")).isEqualTo(1.0);
    assertThat(grid.created(ResourceScope.ITERATION)).isEqualTo(10);
    for (ResourceScope scope : ResourceScope.values()) {
      assertThat(grid.closed(scope)).as(scope.name()).isEqualTo(grid.created(scope));
    }
  }

  @Test
  void aSharedResourceThatFailsToCreateFailsTheIterationAndIsRetried() {
    AtomicInteger attempts = new AtomicInteger();
    StepInfo step = new StepInfo("step.test.use", "grid.hcl:1:1");
    ResourceInfo info = new ResourceInfo("resource.test.flaky", "grid.hcl:2:1");
    LoadResult r = load.run("retry", new Executor.SharedIterations(1, 3, Duration.ofMinutes(1)), ctx -> {
      try (GridRun run = GridRun.start(ctx.binding())) {
        var res = run.resource(info, ResourceScope.RUN, 1, c -> {
          if (attempts.incrementAndGet() == 1) {
            throw new IllegalStateException("not yet");
          }
          return () -> {};
        });
        run.step(step, List.of(), List.of(res), c -> res.get());
        return run.await();
      }
    });

    assertThat(attempts.get()).isEqualTo(2);
    assertThat(r.metrics().valueOrZero("iteration_failed", "passes")).isEqualTo(1);
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("not yet"));
  }

  @Test
  void stopWaitsTheGracefulStopThenInterruptsAndClosesEverything() throws Exception {
    CountDownLatch running = new CountDownLatch(2);
    TestGrid grid = new TestGrid(0);
    AtomicInteger interrupted = new AtomicInteger();
    StepInfo block = new StepInfo("step.test.block", "grid.hcl:1:1");
    LoadRun run = LoadRun.start(load.options, List.of(new Scenario("forever", new Executor.ConstantVus(2, Duration.ofMinutes(10)),
        Duration.ZERO, ms(200), ctx -> blockingIteration(ctx, grid, block, running, interrupted))));
    assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();

    long start = System.nanoTime();
    run.stop();
    LoadResult r = run.await();
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(r.interrupted()).isTrue();
    assertThat(r.exitCode()).isEqualTo(130);
    assertThat(tookMs).isBetween(150L, 10_000L); // waited the 200ms graceful stop first
    assertThat(interrupted.get()).isEqualTo(2);
    assertThat(r.metrics().valueOrZero("interrupted_iterations", "count")).isEqualTo(2);
    for (ResourceScope scope : ResourceScope.values()) {
      assertThat(grid.closed(scope)).as(scope.name()).isEqualTo(grid.created(scope)).isPositive();
    }
    assertThat(load.err()).contains("interrupted");
  }

  @Test
  void iterationsThatEndWithinTheGracefulStopAreNotInterrupted() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    LoadRun run = LoadRun.start(load.options, List.of(new Scenario("short", new Executor.ConstantVus(1, Duration.ofMinutes(10)),
        Duration.ZERO, Duration.ofSeconds(10), ctx -> {
          started.countDown();
          Thread.sleep(100);
          return new TestGrid(0).run(ctx);
        })));
    assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
    run.stop();
    LoadResult r = run.await();

    assertThat(r.metrics().valueOrZero("interrupted_iterations", "count")).isZero();
    assertThat(r.metrics().valueOrZero("iterations", "count")).isEqualTo(1);
  }

  private static RunResult blockingIteration(
      IterationContext ctx, TestGrid grid, StepInfo block, CountDownLatch running, AtomicInteger interrupted) {
    grid.run(ctx); // creates one resource of each scope
    try (GridRun run = GridRun.start(ctx.binding())) {
      run.step(block, List.of(), c -> {
        running.countDown();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.incrementAndGet();
          throw e;
        }
        return 0;
      });
      return run.await();
    }
  }
}
