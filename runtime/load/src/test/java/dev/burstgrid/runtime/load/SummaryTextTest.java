package dev.burstgrid.runtime.load;

import static dev.burstgrid.runtime.load.Load.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.runtime.metrics.MetricRegistry;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.StepMetrics;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SummaryTextTest {

  private static final Scenario BROWSE = Load.scenario("browse", new Executor.ConstantVus(10, ms(30_000)), ctx -> null);

  private static MetricsSnapshot metrics() {
    return registry(System::nanoTime).snapshot(true);
  }

  private static MetricRegistry registry(LongSupplier clock) {
    MetricRegistry r = new MetricRegistry(clock);
    StepMetrics login = r.step("step.http_request.login");
    for (int i = 1; i <= 100; i++) {
      login.ended(i * 1_000_000L, i % 10 != 0);
      login.trend("http_req_duration").recordNanos(i * 1_000_000L);
      login.counter("data_received").add(1500);
      login.check("status is 200", i % 10 != 0);
      r.counter("iterations").increment();
      r.counter("scenario.browse.iterations").increment();
      r.trend("iteration_duration").recordNanos(i * 2_000_000L);
      r.trend("scenario.browse.iteration_duration").recordNanos(i * 2_000_000L);
      r.rate("iteration_failed").add(i % 10 == 0);
      r.rate("scenario.browse.iteration_failed").add(i % 10 == 0);
    }
    r.counter("dropped_iterations");
    r.gauge("vus").set(10);
    r.gauge("vus_max").set(10);
    return r;
  }

  private static String render(List<String> stats) {
    LoadResult result = new LoadResult(metrics(),
        List.of(new ThresholdResult("fast_login", "metric.step.http_request.login.duration.p95 < 200", true,
                "step.http_request.login.duration.p95=95.00ms", false),
            new ThresholdResult("no_errors", "metric.iteration_failed.rate < 0.01", false, "iteration_failed.rate=0.10", false)),
        List.of(new LoadResult.ErrorCount("step.http_request.login", "grid.hcl:3:1", "status 500", 10)),
        List.of(), false, false, Duration.ofSeconds(1));
    return SummaryText.render(result, List.of(BROWSE), stats);
  }

  @Test
  void theSummaryHasEverySectionAlignedLikeK6s() {
    String text = render(LoadOptions.DEFAULT_TREND_STATS);

    assertThat(text).contains("  scenarios  1 scenario, up to 10 VUs\n    browse: constant-vus: 10 VUs for 30s\n");
    assertThat(text).contains("    ✓ fast_login  metric.step.http_request.login.duration.p95 < 200  step.http_request.login.duration.p95=95.00ms\n");
    assertThat(text).contains("    ✗ no_errors   metric.iteration_failed.rate < 0.01");
    assertThat(text).contains("    ✗ step.http_request.login › status is 200  90.00%  ✓ 90  ✗ 10\n");
    assertThat(text).containsPattern("step\\.http_request\\.login\\.+: count=100 +rate=[0-9.]+/s +failed=10\\.00% +avg=50\\.50ms +min=1\\.00ms +med=50\\.00ms"
        + " +p\\(90\\)=90\\.0\\dms +p\\(95\\)=95\\.0\\dms +p\\(99\\)=(98\\.9|99\\.0)\\dms +max=100\\.00ms");
    assertThat(text).containsPattern("iteration_failed\\.+: 10\\.00% +10 of 100\n");
    assertThat(text).containsPattern("scenario\\.browse\\.+: count=100 ");
    assertThat(text).containsPattern("iterations\\.+: 100 +[0-9.]+/s");
    assertThat(text).containsPattern("vus_max\\.+: 10 +max=10");
    assertThat(text).containsPattern("data_received\\.+: 150 kB +[0-9.]+ [kM]B/s");
    assertThat(text).containsPattern("http_req_duration\\.+: avg=50\\.50ms");
    assertThat(text).contains("    10× step.http_request.login (grid.hcl:3:1): status 500\n");
    assertThat(text).contains("  wall time ");
    // Every dotted row puts its colon in the same column.
    List<Integer> colons = Arrays.stream(text.split("\n")).filter(l -> l.contains("...:"))
        .map(l -> l.indexOf("...:")).distinct().collect(Collectors.toList());
    assertThat(colons).hasSize(1);
  }

  @Test
  void trendColumnsAreSelectable() {
    String text = render(List.of("med", "p999", "count"));

    assertThat(text).containsPattern("iteration_duration\\.+: med=100\\.00ms +p\\(99\\.9\\)=(199\\.9|200\\.0)\\dms +count=100\n");
    assertThat(text).doesNotContain("avg=");
  }

  @Test
  void theProgressLineShowsTimeVusIterationsFailuresP95AndDrops() {
    ProgressLine line = new ProgressLine(ProgressMode.TERMINAL, System.err, Duration.ofMinutes(1));
    assertThat(line.line(metrics()))
        .matches("running \\d+s/1m0s  vus 10/10  iterations 100 \\([0-9.]+/s\\)  failed 10  p95 1(89|90)\\.\\d\\dms  dropped 0");
  }

  @Test
  void theProgressLineReadsNothingBeyondTheMetricsItAsksFor() {
    AtomicLong clock = new AtomicLong();
    MetricRegistry r = registry(clock::get);
    clock.set(12_000_000_000L); // both snapshots at the same instant
    // Two lines: each counts its iterations per second from the one it drew before.
    ProgressLine narrow = new ProgressLine(ProgressMode.TERMINAL, System.err, Duration.ofMinutes(1));
    ProgressLine whole = new ProgressLine(ProgressMode.TERMINAL, System.err, Duration.ofMinutes(1));
    assertThat(narrow.line(r.snapshot(ProgressLine.METRICS))).isEqualTo(whole.line(r.snapshot(false)));
  }

  @Test
  void withoutATerminalTheProgressLineTakesASnapshotOnlyEveryTenthTick() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProgressLine line = new ProgressLine(ProgressMode.PLAIN,
        new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ofMinutes(1));
    AtomicInteger taken = new AtomicInteger();
    for (int tick = 1; tick <= 20; tick++) {
      line.update(() -> {
        taken.incrementAndGet();
        return metrics();
      });
    }
    assertThat(taken).hasValue(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
        .allSatisfy(l -> assertThat(l).startsWith("running "));
  }
}
