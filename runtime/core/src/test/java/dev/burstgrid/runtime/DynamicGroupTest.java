package dev.burstgrid.runtime;

import static dev.burstgrid.runtime.TestRun.resource;
import static dev.burstgrid.runtime.TestRun.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class DynamicGroupTest {

  /** Shaped like generated code for {@code count = step.test.first.output} plus uses. */
  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void countKnownAtRunTimeExpandsAndSharesTheResource(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    GridRun run = t.run;
    List<String> events = new CopyOnWriteArrayList<>();
    // Consumers: step "first" + the dynamic group "fan" counted as one.
    ResourceHandle<ResourceTest.Conn> client =
        run.resource(resource("client"), 2, ctx -> new ResourceTest.Conn("client", events, null));
    CompletableFuture<Integer> first =
        run.step(step("first"), List.of(), List.of(client), ctx -> {
          events.add("first");
          return 4;
        });
    StepInfo fanInfo = step("fan");
    DynamicGroup<Integer, String> fan =
        run.dynamicGroup(
            fanInfo,
            List.of(first),
            List.of(client),
            ctx -> TestRun.keys(first.join()),
            (index, key) ->
                run.step(fanInfo.instance(index), List.of(), List.of(client), ctx -> {
                  events.add("fan " + index);
                  return client.get().name + "#" + key;
                }));
    CompletableFuture<List<String>> all =
        run.step(step("all"), List.of(fan.all()), ctx -> fan.all().join());
    CompletableFuture<String> third =
        run.step(step("third"), List.of(fan.instance(2)), ctx -> fan.instance(2).join());
    RunResult result = run.await();

    assertThat(result.status()).as(t.log()).isEqualTo(RunStatus.OK);
    assertThat(all.join()).containsExactly("client#0", "client#1", "client#2", "client#3");
    assertThat(third.join()).isEqualTo("client#2");
    assertThat(result.ok()).isEqualTo(1 + 4 + 2);
    assertThat(events).hasSize(7).startsWith("create client", "first").endsWith("close client");
    assertThat(t.log()).contains("expand  step.test.fan (grid.hcl:4:1): 4 instances")
        .contains("ok      step.test.fan[3] (grid.hcl:4:1) ");
    assertThat(t.log().indexOf("expand  step.test.fan")).as(t.log())
        .isLessThan(t.log().indexOf("start   step.test.fan["));
  }

  @Test
  void zeroInstancesReleaseThePlaceholder() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    List<String> events = new CopyOnWriteArrayList<>();
    ResourceHandle<ResourceTest.Conn> r =
        run.resource(resource("r"), 2, ctx -> new ResourceTest.Conn("r", events, null));
    CompletableFuture<Integer> first = run.step(step("first"), List.of(), List.of(r), ctx -> 0);
    DynamicGroup<Integer, Integer> empty =
        run.dynamicGroup(step("none"), List.of(first), List.of(r),
            ctx -> TestRun.keys(first.join()),
            (i, k) -> run.step(step("none").instance(i), List.of(), List.of(r), ctx -> i));
    // Closed once "first" finished and the group turned out empty, before this runs.
    CompletableFuture<List<String>> after =
        run.step(step("after"), List.of(empty.all()), ctx -> List.copyOf(events));
    RunResult result = run.await();

    assertThat(result.isOk()).isTrue();
    assertThat(empty.all().join()).isEmpty();
    assertThat(after.join()).containsExactly("create r", "close r");
  }

  @Test
  void failingKeysFailTheRunAtTheGroupsLocation() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    CompletableFuture<Integer> first = run.step(step("first"), List.of(), ctx -> -1);
    DynamicGroup<Integer, Integer> fan =
        run.dynamicGroup(new StepInfo("step.sleep.fan", "grid.hcl:7:1"), List.of(first), List.of(),
            ctx -> {
              throw new IllegalArgumentException("count must be a whole number ≥ 0, got " + first.join());
            },
            (i, k) -> run.step(step("fan").instance(i), List.of(), ctx -> i));
    run.step(step("after"), List.of(fan.all()), ctx -> 0);
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure())
        .hasToString("step.sleep.fan (grid.hcl:7:1): count must be a whole number ≥ 0, got -1");
    assertThat(result.skipped()).isEqualTo(1);
  }

  @Test
  void indexBeyondTheGroupFailsTheReferringStep() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    DynamicGroup<Integer, Integer> fan =
        run.dynamicGroup(step("fan"), List.of(), List.of(), ctx -> TestRun.keys(3),
            (i, k) -> run.step(step("fan").instance(i), List.of(), ctx -> i));
    run.step(new StepInfo("step.print.p", "grid.hcl:12:1"), List.of(fan.instance(5)), ctx -> 0);
    RunResult result = run.await();

    assertThat(result.failure())
        .hasToString("step.print.p (grid.hcl:12:1): step.test.fan has 3 instances; there is no [5]");
  }

  @Test
  void forEachKeysNameTheInstances() {
    TestRun t = TestRun.start(ExecutorKind.AUTO);
    GridRun run = t.run;
    Map<String, String> regions = Map.of("eu", "Paris", "us", "Ohio");
    StepInfo info = new StepInfo("step.print.region", "grid.hcl:2:1");
    DynamicGroup<String, String> group =
        run.dynamicGroup(info, List.of(), List.of(), ctx -> List.of("eu", "us"),
            (i, key) -> run.step(info.instance(key), List.of(), ctx -> ctx.address() + "=" + regions.get(key)));
    CompletableFuture<String> us =
        run.step(step("us"), List.of(group.instance("us")), ctx -> group.instance("us").join());
    RunResult result = run.await();

    assertThat(result.isOk()).isTrue();
    assertThat(us.join()).isEqualTo("step.print.region[\"us\"]=Ohio");
    assertThat(group.keys().join()).containsExactly("eu", "us");
  }

  @Test
  void groupNeverExpandedWhenItsDependencyFails() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    List<String> events = new CopyOnWriteArrayList<>();
    ResourceHandle<ResourceTest.Conn> r =
        run.resource(resource("r"), 2, ctx -> new ResourceTest.Conn("r", events, null));
    CompletableFuture<Integer> ok = run.step(step("ok"), List.of(), List.of(r), ctx -> 1);
    CompletableFuture<Integer> failing = run.step(step("failing"), List.of(ok), ctx -> {
      throw new IllegalStateException("no count");
    });
    DynamicGroup<Integer, Integer> fan =
        run.dynamicGroup(step("fan"), List.of(failing), List.of(r),
            ctx -> TestRun.keys(failing.join()),
            (i, k) -> run.step(step("fan").instance(i), List.of(), List.of(r), ctx -> i));
    RunResult result = run.await();

    assertThat(result.failure().message()).isEqualTo("no count");
    assertThat(FailFastTest.failureOf(fan.all())).isInstanceOf(SkippedException.class);
    assertThat(events).containsExactly("create r", "close r");
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void largeDynamicGroupCompletes(ExecutorKind kind) {
    GridRun run = TestRun.start(TestRun.defaults(kind).verbosity(Verbosity.QUIET)).run;
    StepInfo info = step("big");
    DynamicGroup<Integer, Integer> big =
        run.dynamicGroup(info, List.of(), List.of(), ctx -> TestRun.keys(50_000),
            (i, k) -> run.step(info.instance(i), List.of(), ctx -> i));
    CompletableFuture<Integer> count =
        run.step(step("count"), List.of(big.all()), ctx -> big.all().join().size());
    RunResult result = run.await();

    assertThat(result.isOk()).isTrue();
    assertThat(count.join()).isEqualTo(50_000);
    assertThat(new ArrayList<>(big.all().join()).get(49_999)).isEqualTo(49_999);
  }
}
