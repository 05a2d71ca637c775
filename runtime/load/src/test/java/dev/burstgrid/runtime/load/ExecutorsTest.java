package dev.burstgrid.runtime.load;

import static dev.burstgrid.runtime.load.Load.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each executor's iteration counts and concurrency, with real threads and generous margins. */
class ExecutorsTest {

  private final Load load = new Load();

  private static double count(LoadResult r, String metric) {
    return r.metrics().valueOrZero(metric, "count");
  }

  @Test
  void sharedIterationsRunExactlyTheIterationsOnAtMostTheVus() {
    TestGrid grid = new TestGrid(2);
    LoadResult r = load.run("shared", new Executor.SharedIterations(4, 50, Duration.ofMinutes(1)), grid);

    assertThat(count(r, "iterations")).isEqualTo(50);
    assertThat(count(r, "scenario.shared.iterations")).isEqualTo(50);
    assertThat(grid.maxInFlight.get()).isBetween(1, 4);
    assertThat(grid.contexts).extracting(IterationContext::scenarioIteration)
        .containsExactlyInAnyOrderElementsOf(range(50));
    assertThat(grid.contexts).extracting(IterationContext::vuId).allMatch(id -> id >= 1 && id <= 4);
    assertThat(grid.contexts).extracting(IterationContext::scenarioName).containsOnly("shared");
    assertThat(r.metrics().valueOrZero("step.test.a.duration", "count")).isEqualTo(50);
    assertThat(r.metrics().valueOrZero("step.test.b.failed", "rate")).isZero();
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void perVuIterationsRunTheCountOnEachVu() {
    TestGrid grid = new TestGrid(1);
    LoadResult r = load.run("each", new Executor.PerVuIterations(3, 5, Duration.ofMinutes(1)), grid);

    assertThat(count(r, "iterations")).isEqualTo(15);
    Map<Integer, List<Long>> byVu = grid.contexts.stream().collect(
        Collectors.groupingBy(IterationContext::vuId, Collectors.mapping(IterationContext::vuIteration, Collectors.toList())));
    assertThat(byVu).containsOnlyKeys(1, 2, 3);
    byVu.values().forEach(its -> assertThat(its).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L));
    assertThat(grid.maxInFlight.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void maxDurationEndsIterationBasedExecutorsEarly() {
    TestGrid grid = new TestGrid(20);
    LoadResult r = load.run("capped", new Executor.SharedIterations(1, 1_000_000, ms(300)), grid);

    assertThat(count(r, "iterations")).isBetween(3.0, 16.0); // 300ms of 20ms iterations, on busy cores
  }

  @Test
  void constantVusLoopForTheDuration() {
    TestGrid grid = new TestGrid(20);
    long start = System.nanoTime();
    LoadResult r = load.run("steady", new Executor.ConstantVus(2, ms(1000)), grid);
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    // Ideal: 2 VUs × 1000ms / 20ms = 100; slow shared cores may do far fewer, never more.
    assertThat(count(r, "iterations")).isBetween(20.0, 102.0);
    assertThat(grid.maxInFlight.get()).isEqualTo(2);
    assertThat(tookMs).isBetween(950L, 4000L);
    assertThat(r.metrics().valueOrZero("vus_max", "max")).isEqualTo(2);
  }

  @Test
  void rampingVusFollowTheStagesAndRetireEveryVu() {
    TestGrid grid = new TestGrid(10);
    Executor ramp = new Executor.RampingVus(0, List.of(new Stage(ms(400), 4), new Stage(ms(300), 4), new Stage(ms(300), 0)), ms(500));
    LoadResult r = load.run("ramp", ramp, grid);

    assertThat(grid.maxInFlight.get()).isBetween(2, 4);
    assertThat(count(r, "iterations")).isGreaterThan(10);
    assertThat(r.metrics().valueOrZero("vus", "max")).isLessThanOrEqualTo(4);
    assertThat(r.metrics().valueOrZero("vus", "value")).isZero();
    assertThat(grid.closed(ResourceScope.VU)).isEqualTo(grid.created(ResourceScope.VU));
    assertThat(grid.contexts).extracting(IterationContext::vuId).allMatch(id -> id >= 1 && id <= 4);
  }

  @Test
  void constantArrivalRateStartsEveryScheduledIterationOrDropsIt() {
    TestGrid grid = new TestGrid(0);
    LoadResult r = load.run("arrivals", new Executor.ConstantArrivalRate(40, Duration.ofSeconds(1), ms(1000), 2, 20), grid);

    // The schedule has exactly 40 starts in 1s: each one ran or was dropped, none added.
    assertThat(count(r, "iterations") + count(r, "dropped_iterations")).isEqualTo(40);
    assertThat(count(r, "dropped_iterations")).isLessThanOrEqualTo(4);
    assertThat(grid.maxInFlight.get()).isLessThanOrEqualTo(20);
  }

  @Test
  void slowIterationsUnderAnArrivalRateAreDroppedNotStartedLate() {
    TestGrid grid = new TestGrid(300);
    LoadResult r = load.run("overload", new Executor.ConstantArrivalRate(20, Duration.ofSeconds(1), ms(1000), 1, 2), grid);
    MetricsSnapshot m = r.metrics();

    assertThat(grid.maxInFlight.get()).isLessThanOrEqualTo(2);
    // 2 VUs busy 300ms each can start at most ~8 of the 20 due iterations.
    assertThat(count(r, "iterations")).isBetween(2.0, 9.0);
    assertThat(count(r, "dropped_iterations")).isGreaterThanOrEqualTo(11);
    assertThat(count(r, "iterations") + count(r, "dropped_iterations")).isEqualTo(20);
    assertThat(m.valueOrZero("iteration_duration", "min")).isGreaterThanOrEqualTo(300);
    assertThat(m.valueOrZero("scenario.overload.dropped_iterations", "count")).isEqualTo(count(r, "dropped_iterations"));
  }

  /**
   * A controller that wakes a second late (a starved CPU, simulated by a clock that jumps the
   * first time the controller reads it) still counts the schedule from the intended start: the
   * lateness shows in iteration_duration instead of shifting the schedule unseen.
   */
  @Test
  void aControllerThatWakesLateMeasuresFromTheIntendedStart() {
    java.util.concurrent.atomic.AtomicLong stall = new java.util.concurrent.atomic.AtomicLong();
    java.util.function.LongSupplier clock = () -> {
      if (Thread.currentThread().getName().startsWith("bggo-scenario-")) {
        stall.compareAndSet(0, TimeUnit.SECONDS.toNanos(1));
      }
      return System.nanoTime() + stall.get();
    };
    LoadOptions stalled = LoadOptions.of(load.options.run().toBuilder().nanoClock(clock).build());
    Executor one = new Executor.ConstantArrivalRate(1, Duration.ofSeconds(1), ms(1000), 1, 1);

    LoadResult r = LoadRun.run(stalled, List.of(Load.scenario("late", one, new TestGrid(0))));

    assertThat(count(r, "iterations")).isEqualTo(1);
    assertThat(r.metrics().valueOrZero("iteration_duration", "min")).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void rampingArrivalRateFollowsTheIntegralOfTheRate() {
    TestGrid grid = new TestGrid(0);
    Executor ramp = new Executor.RampingArrivalRate(0, Duration.ofSeconds(1), List.of(new Stage(ms(500), 80), new Stage(ms(500), 80)), 2, 20);
    LoadResult r = load.run("ramp", ramp, grid);

    // 0 → 80/s over 0.5s (20) then 80/s for 0.5s (40).
    assertThat(count(r, "iterations") + count(r, "dropped_iterations")).isBetween(59.0, 61.0);
  }

  @Test
  void aFailingIterationIsCountedAndTheRunGoesOn() {
    TestGrid grid = new TestGrid(0, ctx -> ctx.scenarioIteration() % 4 == 0);
    LoadResult r = load.run("flaky", new Executor.SharedIterations(2, 20, Duration.ofMinutes(1)), grid);

    assertThat(count(r, "iterations")).isEqualTo(20);
    assertThat(r.metrics().valueOrZero("iteration_failed", "rate")).isEqualTo(0.25);
    assertThat(r.metrics().valueOrZero("step.test.b.failed", "rate")).isEqualTo(0.25);
    assertThat(r.metrics().valueOrZero("step.test.a.failed", "rate")).isZero();
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.count()).isEqualTo(5);
      assertThat(e.address()).isEqualTo("step.test.b");
      assertThat(e.message()).contains("b failed on purpose");
    });
    assertThat(r.exitCode()).isZero();
    assertThat(grid.closed(ResourceScope.ITERATION)).isEqualTo(20);
  }

  @Test
  void scenariosRunTogetherFromTheirStartTimes() {
    TestGrid first = new TestGrid(0);
    TestGrid second = new TestGrid(0);
    long start = System.nanoTime();
    LoadResult r = LoadRun.run(load.options, List.of(
        Load.scenario("first", new Executor.PerVuIterations(1, 3, Duration.ofMinutes(1)), first),
        new Scenario("second", new Executor.PerVuIterations(2, 2, Duration.ofMinutes(1)), ms(300), ms(1000), second)));

    assertThat(count(r, "scenario.first.iterations")).isEqualTo(3);
    assertThat(count(r, "scenario.second.iterations")).isEqualTo(4);
    assertThat(count(r, "iterations")).isEqualTo(7);
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    // VU ids are unique in the whole run.
    assertThat(second.contexts).extracting(IterationContext::vuId)
        .doesNotContainAnyElementsOf(first.contexts.stream().map(IterationContext::vuId).collect(Collectors.toList()));
  }

  private static List<Long> range(long n) {
    return java.util.stream.LongStream.range(0, n).boxed().collect(Collectors.toList());
  }
}
