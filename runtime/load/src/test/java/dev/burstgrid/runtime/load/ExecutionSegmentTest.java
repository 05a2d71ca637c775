package dev.burstgrid.runtime.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.RunStatus;
import dev.burstgrid.runtime.metrics.BuiltInMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --segment i/N}: for each executor, the N parts add up to exactly the whole (VUs,
 * iterations, stage targets, arrival schedules), and N load runs started together run the
 * whole's iterations.
 */
class ExecutionSegmentTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void sharesOfANumberAddUpToIt() {
    for (int count = 1; count <= 9; count++) {
      for (long n = 0; n <= 60; n++) {
        long sum = 0;
        for (ExecutionSegment s : parts(count)) {
          assertThat(s.share(n)).isBetween(n / count, n / count + 1);
          sum += s.share(n);
        }
        assertThat(sum).as("%d parts of %d", count, n).isEqualTo(n);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void sharedIterationsSplitTheIterations(int n) {
    Executor whole = new Executor.SharedIterations(3, 10, MINUTE);
    assertThat(sum(whole, n, e -> ((Executor.SharedIterations) e).iterations())).isEqualTo(10);
    for (ExecutionSegment s : parts(n)) {
      Executor.SharedIterations part = (Executor.SharedIterations) s.of(whole);
      assertThat(part.vus()).isGreaterThanOrEqualTo(1);
      assertThat(part.maxDuration()).isEqualTo(part.iterations() == 0 ? Duration.ZERO : MINUTE);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void perVuIterationsSplitTheVus(int n) {
    Executor whole = new Executor.PerVuIterations(5, 4, MINUTE);
    assertThat(sum(whole, n, e -> e instanceof Executor.PerVuIterations
        ? ((Executor.PerVuIterations) e).vus() * ((Executor.PerVuIterations) e).iterations()
        : ((Executor.SharedIterations) e).iterations())).isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void constantVusSplitTheVus(int n) {
    Executor whole = new Executor.ConstantVus(5, Duration.ofSeconds(3));
    assertThat(sum(whole, n, e -> e instanceof Executor.ConstantVus ? e.maxVus() : 0)).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void rampingVusSplitTheStartAndEveryTarget(int n) {
    Executor.RampingVus whole = new Executor.RampingVus(2,
        List.of(new Stage(Duration.ofSeconds(5), 11), new Stage(Duration.ofSeconds(5), 0)), Duration.ofSeconds(1));
    assertThat(sum(whole, n, e -> ((Executor.RampingVus) e).startVus())).isEqualTo(2);
    assertThat(sum(whole, n, e -> ((Executor.RampingVus) e).stages().get(0).target())).isEqualTo(11);
    assertThat(sum(whole, n, e -> ((Executor.RampingVus) e).stages().get(1).target())).isZero();
    for (ExecutionSegment s : parts(n)) {
      assertThat(s.of(whole).maxDuration()).isEqualTo(whole.maxDuration());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void arrivalRatePartsOwnEveryIterationOnce(int n) {
    Executor whole = new Executor.RampingArrivalRate(0, Duration.ofSeconds(1),
        List.of(new Stage(Duration.ofSeconds(2), 50)), 6, 20);
    if (n > 1) {
      assertThat(sum(whole, n, e -> ((Executor.ArrivalRateSegment) e).preAllocatedVus())).isEqualTo(6);
    }
    for (long i = 0; i < 100; i++) {
      int owners = 0;
      for (ExecutionSegment s : parts(n)) {
        Executor e = s.of(whole);
        owners += !(e instanceof Executor.ArrivalRateSegment) || ((Executor.ArrivalRateSegment) e).owns(i) ? 1 : 0;
      }
      assertThat(owners).isEqualTo(1);
    }
  }

  @Test
  void segmentsAndStartInstantsParse() {
    assertThat(ExecutionSegment.parse("2/4")).isEqualTo(new ExecutionSegment(2, 4));
    assertThatThrownBy(() -> ExecutionSegment.parse("5/4")).hasMessageContaining("1 ≤ i ≤ N");
    assertThatThrownBy(() -> ExecutionSegment.parse("half")).hasMessageContaining("write i/N, e.g. 2/4");
    assertThat(StartAt.parse("2026-12-01T10:00:00Z")).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    assertThat(StartAt.parse("2026-12-01T11:00:00+01:00")).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    assertThat(StartAt.parse("1795082400000")).isEqualTo(Instant.ofEpochMilli(1795082400000L));
    assertThatThrownBy(() -> StartAt.parse("tomorrow")).hasMessageContaining("is not an instant");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void segmentRunsTogetherRunTheWholeIterations(int n) {
    assertThat(runParts(n, new Executor.SharedIterations(4, 37, MINUTE))).isEqualTo(37);
    assertThat(runParts(n, new Executor.PerVuIterations(3, 5, MINUTE))).isEqualTo(15);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void arrivalRateSegmentsStartOrDropEachDueIterationOnce(int n) {
    Executor whole = new Executor.ConstantArrivalRate(100, Duration.ofSeconds(1), Duration.ofMillis(500), 2, 50);
    // 100/s for 0.5 s: due at 0, 10, … 490 ms.
    assertThat(runParts(n, whole)).isEqualTo(50);
  }

  /** Iterations plus dropped iterations of N parts started together at one instant. */
  private static long runParts(int n, Executor whole) {
    AtomicLong ran = new AtomicLong();
    Iteration iteration = ctx -> {
      ran.incrementAndGet();
      return new RunResult(RunStatus.OK, null, List.of(), 0, 0, 0, 0, Duration.ZERO);
    };
    Instant startAt = Instant.now().plusMillis(300);
    List<LoadRun> runs = new ArrayList<>();
    for (ExecutionSegment s : parts(n)) {
      runs.add(LoadRun.start(new Load().options.withSegment(s).withStartAt(n > 1 ? startAt : null),
          List.of(Load.scenario("s", whole, iteration))));
    }
    long total = 0;
    for (LoadRun r : runs) {
      LoadResult result = r.await();
      total += (long) result.metrics().valueOrZero(BuiltInMetrics.DROPPED_ITERATIONS, "count");
    }
    return total + ran.get();
  }

  private static long sum(Executor whole, int n, ToLongFunction<Executor> f) {
    long sum = 0;
    for (ExecutionSegment s : parts(n)) {
      sum += f.applyAsLong(s.of(whole));
    }
    return sum;
  }

  private static List<ExecutionSegment> parts(int n) {
    List<ExecutionSegment> parts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      parts.add(new ExecutionSegment(i, n));
    }
    return parts;
  }
}
