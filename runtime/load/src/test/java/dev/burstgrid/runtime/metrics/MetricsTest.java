package dev.burstgrid.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.burstgrid.runtime.spi.MetricKind;
import dev.burstgrid.runtime.spi.RunnerMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class MetricsTest {

  private final MetricRegistry registry = new MetricRegistry(System::nanoTime);

  @Test
  void trendPercentilesMatchKnownLatenciesWithinHdrPrecision() {
    TrendMetric t = registry.trend("latency");
    for (int ms = 1; ms <= 1000; ms++) {
      t.recordNanos(ms * 1_000_000L);
    }
    MetricValue v = registry.snapshot(false).get("latency").orElseThrow();

    assertThat(v.kind()).isEqualTo(MetricKind.TREND);
    assertThat(v.get("count")).isEqualTo(1000);
    assertThat(v.get("min")).isCloseTo(1, within(0.01));
    assertThat(v.get("max")).isCloseTo(1000, within(1.0));
    assertThat(v.get("avg")).isCloseTo(500.5, within(0.5));
    assertThat(v.get("med")).isCloseTo(500, within(0.5));
    assertThat(v.get("p90")).isCloseTo(900, within(0.9));
    assertThat(v.get("p95")).isCloseTo(950, within(0.95));
    assertThat(v.get("p99")).isCloseTo(990, within(1.0));
    assertThat(v.get("p999")).isCloseTo(999, within(1.0));
  }

  @Test
  void concurrentWritersLoseNothingAndSnapshotsAccumulate() throws Exception {
    TrendMetric t = registry.trend("t");
    CounterMetric c = registry.counter("c");
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread th = new Thread(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int n = 0; n < 10_000; n++) {
          t.record(n == 9_999 ? 60_000.0 : 2.5); // the last value makes the histogram grow
          c.add(1);
        }
      });
      th.start();
      threads.add(th);
    }
    go.countDown();
    MetricsSnapshot during = registry.snapshot(false); // a reader while writers write
    double seen = 0;
    while (threads.stream().anyMatch(Thread::isAlive)) { // ... again and again: counts only grow
      double now = registry.snapshot(false).valueOrZero("t", "count");
      assertThat(now).isGreaterThanOrEqualTo(seen);
      seen = now;
    }
    for (Thread th : threads) {
      th.join();
    }
    MetricsSnapshot end = registry.snapshot(true);

    assertThat(during.valueOrZero("t", "count")).isBetween(0.0, 40_000.0);
    assertThat(end.valueOrZero("t", "count")).isEqualTo(40_000);
    assertThat(end.valueOrZero("t", "med")).isCloseTo(2.5, within(0.01));
    assertThat(end.valueOrZero("t", "max")).isCloseTo(60_000.0, within(60.0));
    assertThat(end.valueOrZero("c", "count")).isEqualTo(40_000);
    assertThat(end.get("t").orElseThrow().histogram().getTotalCount()).isEqualTo(40_000);
  }

  @Test
  void aNarrowSnapshotHasOnlyTheNamedMetricsThatExist() {
    registry.trend("t").record(4.0);
    registry.counter("c").add(2);
    registry.check("step.s.a", "ok", true);

    MetricsSnapshot narrow = registry.snapshot(List.of("t", "missing"));

    assertThat(narrow.valueOrZero("t", "med")).isCloseTo(4.0, within(0.01));
    assertThat(narrow.get("c")).isEmpty();
    assertThat(narrow.get("missing")).isEmpty();
    assertThat(registry.snapshot(false).valueOrZero("c", "count")).isEqualTo(2);
  }

  @Test
  void ratesGaugesAndCountersHaveTheirFields() {
    RateMetric r = registry.rate("r");
    r.add(true);
    r.add(true);
    r.add(false);
    r.add(true);
    GaugeMetric g = registry.gauge("g");
    g.add(3);
    g.add(-2);
    registry.counter("n").add(7);
    MetricsSnapshot s = registry.snapshot(false);

    assertThat(s.valueOrZero("r", "rate")).isEqualTo(0.75);
    assertThat(s.valueOrZero("r", "fails")).isEqualTo(1);
    assertThat(s.valueOrZero("g", "value")).isEqualTo(1);
    assertThat(s.valueOrZero("g", "max")).isEqualTo(3);
    assertThat(s.value("n", "count")).hasValue(7);
    assertThat(s.value("n", "rate")).isPresent();
    assertThat(s.value("n", "p95")).isEmpty();
    assertThat(s.value("missing", "count")).isEmpty();
    assertThat(s.names()).contains("r", "g", "n", "checks");
  }

  @Test
  void thresholdsDescribeWhatTheyMeasured() {
    assertThat(ThresholdResult.measure("step.http_request.login.duration", "p95", 12.3456)).isEqualTo("step.http_request.login.duration.p95=12.35");
    assertThat(ThresholdResult.measure("http_req_failed", "rate", 0.0012345)).isEqualTo("http_req_failed.rate=0.001235");
    assertThat(ThresholdResult.measure("iterations", "count", 1200)).isEqualTo("iterations.count=1200");
  }

  @Test
  void oneNameIsOneKind() {
    registry.trend("x");
    assertThatThrownBy(() -> registry.counter("x")).hasMessage("metric x is a trend, not a counter");
  }

  @Test
  void aRunnersMetricsCountInTotalAndUnderItsStep() {
    StepMetrics login = registry.step("step.http_request.login");
    login.trend("http_req_duration").recordNanos(5_000_000);
    registry.step("step.http_request.home").trend("http_req_duration").recordNanos(7_000_000);
    login.counter("data_sent").add(100);
    login.ended(6_000_000, true);
    login.ended(1_000_000, false);
    login.check("status is 200", true);
    login.check("status is 200", false);
    MetricsSnapshot s = registry.snapshot(false);

    assertThat(s.valueOrZero("http_req_duration", "count")).isEqualTo(2);
    assertThat(s.valueOrZero("step.http_request.login.http_req_duration", "max")).isCloseTo(5, within(0.01));
    assertThat(s.valueOrZero("step.http_request.login.data_sent", "count")).isEqualTo(100);
    assertThat(s.valueOrZero("step.http_request.login.duration", "count")).isEqualTo(2);
    assertThat(s.valueOrZero("step.http_request.login.failed", "rate")).isEqualTo(0.5);
    assertThat(s.valueOrZero("checks", "rate")).isEqualTo(0.5);
    assertThat(s.checks()).containsExactly(new CheckResult("step.http_request.login", "status is 200", 1, 1));
  }

  @RunnerMetric(name = "http_req_duration", kind = MetricKind.TREND, doc = "request time, ms")
  @RunnerMetric(name = "http_reqs", kind = MetricKind.COUNTER)
  static final class DeclaringRunner {}

  @Test
  void theCatalogueNamesEveryMetricBeforeTheRun() {
    MetricCatalogue c = MetricCatalogue.withBuiltIns()
        .addStep("step.http_request.login", DeclaringRunner.class)
        .addStep("step.print.done", Object.class)
        .addScenario("browse");

    assertThat(c.names()).contains(
        "iterations", "iteration_duration", "dropped_iterations", "vus", "vus_max", "checks",
        "step.http_request.login.duration", "step.http_request.login.failed",
        "http_req_duration", "http_reqs", "step.http_request.login.http_req_duration",
        "step.print.done.duration", "scenario.browse.iterations");
    assertThat(c.names()).doesNotContain("step.print.done.http_reqs");
    assertThat(c.find("http_reqs").orElseThrow().kind()).isEqualTo(MetricKind.COUNTER);
    assertThat(c.find("http_req_duration").orElseThrow().kind().fields()).contains("p95", "p999", "med");
    assertThat(c.find("step.http_request.login.duration").orElseThrow().doc()).isNotEmpty();
  }
}
