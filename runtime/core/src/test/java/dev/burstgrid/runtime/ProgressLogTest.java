package dev.burstgrid.runtime;

import static dev.burstgrid.runtime.TestRun.resource;
import static dev.burstgrid.runtime.TestRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ProgressLogTest {

  /** a (uses r) → b (fails) → c (skipped), with a clock frozen at zero. */
  private static TestRun runSmallFailingGrid(Verbosity verbosity) {
    TestRun t =
        TestRun.start(
            TestRun.defaults(ExecutorKind.AUTO).verbosity(verbosity).nanoClock(() -> 0L));
    GridRun run = t.run;
    ResourceHandle<AutoCloseable> r = run.resource(resource("r"), 1, ctx -> () -> {});
    CompletableFuture<Integer> a = run.step(step("a"), List.of(), List.of(r), ctx -> 1);
    CompletableFuture<Integer> b =
        run.step(step("b"), List.of(a), ctx -> {
          throw new IllegalStateException("status 500\nfrom server");
        });
    run.step(step("c"), List.of(b), ctx -> 3);
    run.await();
    return t;
  }

  @Test
  void normalVerbosityWritesOneStableLinePerEvent() {
    TestRun t = runSmallFailingGrid(Verbosity.NORMAL);

    assertThat(lines(t.log()))
        .containsExactly(
            // A resource is created before its consumer starts (FINDINGS: log ordering).
            "[    0ms] create  resource.test.r (grid.hcl:1:1) 0ms",
            "[    0ms] start   step.test.a (grid.hcl:2:1)",
            // The last consumer's ok comes before the close it causes (FINDINGS: log ordering).
            "[    0ms] ok      step.test.a (grid.hcl:2:1) 0ms",
            "[    0ms] close   resource.test.r (grid.hcl:1:1)",
            "[    0ms] start   step.test.b (grid.hcl:2:1)",
            "[    0ms] failed  step.test.b (grid.hcl:2:1) 0ms: status 500 from server",
            "[    0ms] skipped step.test.c (grid.hcl:2:1): stopped after step.test.b failed",
            "[    0ms] FAILED  1 ok, 1 failed, 0 cancelled, 1 skipped in 0ms",
            "[    0ms] error   step.test.b (grid.hcl:2:1): status 500 from server");
  }

  @Test
  void aConsumerOfAResourceThatFailedIsSkippedWithoutAStartLine() {
    TestRun t =
        TestRun.start(TestRun.defaults(ExecutorKind.AUTO).verbosity(Verbosity.NORMAL).nanoClock(() -> 0L));
    ResourceHandle<AutoCloseable> r = t.run.resource(resource("r"), 1, ctx -> {
      throw new IllegalStateException("no connection");
    });
    t.run.step(step("a"), List.of(), List.of(r), ctx -> 1);
    t.run.await();

    assertThat(t.log()).doesNotContain("start   step.test.a");
    assertThat(lines(t.log())).startsWith("[    0ms] failed  resource.test.r (grid.hcl:1:1) 0ms: no connection");
    assertThat(t.log()).contains("skipped step.test.a (grid.hcl:2:1)");
  }

  @Test
  void quietVerbosityShowsFailuresAndSummaryOnly() {
    TestRun t = runSmallFailingGrid(Verbosity.QUIET);

    assertThat(lines(t.log()))
        .containsExactly(
            "[    0ms] failed  step.test.b (grid.hcl:2:1) 0ms: status 500 from server",
            "[    0ms] FAILED  1 ok, 1 failed, 0 cancelled, 1 skipped in 0ms",
            "[    0ms] error   step.test.b (grid.hcl:2:1): status 500 from server");
  }

  @Test
  void silentVerbosityWritesNothing() {
    assertThat(runSmallFailingGrid(Verbosity.SILENT).log()).isEmpty();
  }

  @Test
  void successfulRunEndsWithOkSummary() {
    TestRun t =
        TestRun.start(TestRun.defaults(ExecutorKind.AUTO).nanoClock(() -> 0L));
    t.run.step(step("only"), List.of(), ctx -> 1);
    t.run.await();

    assertThat(lines(t.log()))
        .endsWith("[    0ms] OK      1 ok, 0 failed, 0 cancelled, 0 skipped in 0ms");
  }

  @Test
  void noLineIsLostWhenManyThreadsLogAtOnce() {
    TestRun t = TestRun.start(ExecutorKind.AUTO);
    List<CompletableFuture<Integer>> all = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int index = i;
      all.add(t.run.step(step("many").instance(i), List.of(), ctx -> index));
    }
    t.run.await();

    List<String> lines = lines(t.log());
    assertThat(lines).filteredOn(l -> l.contains("] start   step.test.many[")).hasSize(2_000);
    assertThat(lines).filteredOn(l -> l.contains("] ok      step.test.many[")).hasSize(2_000);
    assertThat(lines).allMatch(l -> l.matches("\\[ *\\d+ms\\] \\S+ +.*"));
  }

  private static List<String> lines(String log) {
    return new ArrayList<>(log.lines().toList());
  }
}
