package dev.burstgrid.runtime.load;

import static dev.burstgrid.runtime.load.Load.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.StepInfo;
import dev.burstgrid.runtime.Verbosity;
import dev.burstgrid.runtime.metrics.MetricsSnapshot;
import dev.burstgrid.runtime.metrics.ThresholdResult;
import dev.burstgrid.runtime.spi.Metrics;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Thresholds as input (exit 99, abort_on_fail), the progress line, latencies, and single runs unchanged. */
class ThresholdsAndProgressTest {

  private final Load load = new Load();

  /** iteration_failed.rate < 0.5, optionally aborting. */
  private static Thresholds fewFailures(boolean abort) {
    return new Thresholds() {
      @Override
      public List<ThresholdResult> evaluate(MetricsSnapshot s) {
        double rate = s.valueOrZero("iteration_failed", "rate");
        return List.of(new ThresholdResult("few_failures", "metric.iteration_failed.rate < 0.5", rate < 0.5,
            "iteration_failed.rate=" + rate, abort));
      }

      @Override
      public boolean abortsOnFail() {
        return abort;
      }
    };
  }

  @Test
  void aFailedThresholdExitsWith99AndIsListed() {
    LoadResult r = LoadRun.run(load.options.withThresholds(fewFailures(false)), List.of(
        Load.scenario("bad", new Executor.SharedIterations(1, 4, Duration.ofMinutes(1)), new TestGrid(0, ctx -> true))));

    assertThat(r.thresholdsPassed()).isFalse();
    assertThat(r.exitCode()).isEqualTo(99);
    assertThat(load.err()).contains("✗ few_failures  metric.iteration_failed.rate < 0.5  iteration_failed.rate=1.0");
  }

  @Test
  void anAbortingThresholdStopsTheRunEarly() {
    long start = System.nanoTime();
    LoadResult r = LoadRun.run(load.options.withThresholds(fewFailures(true)), List.of(
        Load.scenario("bad", new Executor.ConstantVus(1, Duration.ofMinutes(5)), new TestGrid(5, ctx -> true))));

    assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(30);
    assertThat(r.aborted()).isTrue();
    assertThat(r.interrupted()).isFalse();
    assertThat(r.exitCode()).isEqualTo(99);
    assertThat(load.err()).contains("aborted by a threshold");
  }

  @Test
  void aTerminalShowsOneLineRewrittenEachSecond() {
    LoadRun.run(load.options.withProgress(ProgressMode.TERMINAL), List.of(
        Load.scenario("live", new Executor.ConstantVus(1, ms(1500)), new TestGrid(5))));

    assertThat(load.err()).containsPattern("\rrunning 1s/1\\.50s  vus 1/1  iterations \\d+ \\([0-9.]+/s\\)  failed 0  p95 [0-9.]+ms  dropped 0\u001b\\[K");
    assertThat(load.err()).contains("\r\u001b[K\n  scenarios  1 scenario");
  }

  @Test
  void stepDurationsAreTheLatenciesTheStepsTook() {
    LoadResult r = load.run("latency", new Executor.SharedIterations(2, 10, Duration.ofMinutes(1)), new TestGrid(40));
    MetricsSnapshot m = r.metrics();

    assertThat(m.valueOrZero("step.test.a.duration", "med")).isBetween(40.0, 400.0);
    assertThat(m.valueOrZero("step.test.a.duration", "p99")).isGreaterThanOrEqualTo(40.0);
    assertThat(m.valueOrZero("step.test.b.duration", "med")).isLessThan(m.valueOrZero("step.test.a.duration", "med"));
    assertThat(m.valueOrZero("iteration_duration", "min")).isGreaterThanOrEqualTo(40.0);
    // The runner's own metric, in total and under its step.
    assertThat(m.valueOrZero("work", "count")).isEqualTo(10);
    assertThat(m.valueOrZero("step.test.a.work", "count")).isEqualTo(10);
    assertThat(m.valueOrZero("vus_max", "max")).isCloseTo(2, within(0.0));
  }

  @Test
  void outsideALoadTestScopesChangeNothingAndMetricsRecordNothing() {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    AtomicInteger closes = new AtomicInteger();
    StepInfo step = new StepInfo("step.test.one", "grid.hcl:1:1");
    RunResult result;
    try (GridRun run = GridRun.start(RunOptions.builder().out(nowhere).err(nowhere).verbosity(Verbosity.SILENT).build())) {
      var shared = run.resource(new ResourceInfo("resource.test.r", "grid.hcl:2:1"), ResourceScope.RUN, 1,
          c -> closes::incrementAndGet);
      run.step(step, List.of(), List.of(shared), c -> {
        assertThat(c.metrics()).isSameAs(Metrics.NONE);
        return 1;
      });
      result = run.await();
    }
    assertThat(result.isOk()).isTrue();
    assertThat(closes.get()).isEqualTo(1);
  }

  @Test
  void loadStdoutIsUntouchedAndTheSummaryGoesToErr() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LoadOptions options = LoadOptions.of(load.options.run().toBuilder().out(new PrintStream(out)).build());
    LoadRun.run(options, List.of(Load.scenario("quiet", new Executor.SharedIterations(1, 1, Duration.ofMinutes(1)), new TestGrid(0))));

    assertThat(out.size()).isZero();
    assertThat(load.err()).contains("scenarios  1 scenario");
  }
}
