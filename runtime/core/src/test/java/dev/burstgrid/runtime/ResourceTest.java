package dev.burstgrid.runtime;

import static dev.burstgrid.runtime.TestRun.resource;
import static dev.burstgrid.runtime.TestRun.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class ResourceTest {

  /** A resource instance that records its life. */
  static final class Conn implements AutoCloseable {
    final String name;
    final List<String> events;
    final AtomicInteger closes = new AtomicInteger();
    final CountDownLatch closed = new CountDownLatch(1);
    final RuntimeException closeError;

    Conn(String name, List<String> events, RuntimeException closeError) {
      this.name = name;
      this.events = events;
      this.closeError = closeError;
      events.add("create " + name);
    }

    @Override
    public void close() {
      closes.incrementAndGet();
      events.add("close " + name);
      closed.countDown();
      if (closeError != null) {
        throw closeError;
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void createdOnceSharedAndClosedAfterItsLastConsumer(ExecutorKind kind) throws Exception {
    TestRun t = TestRun.start(kind);
    GridRun run = t.run;
    List<String> events = new CopyOnWriteArrayList<>();
    AtomicInteger creations = new AtomicInteger();
    List<Conn> created = new CopyOnWriteArrayList<>();
    ResourceHandle<Conn> shared =
        run.resource(
            resource("shared"),
            5,
            ctx -> {
              creations.incrementAndGet();
              assertThat(ctx.address()).isEqualTo("resource.test.shared");
              Conn c = new Conn("shared", events, null);
              created.add(c);
              return c;
            });
    // An unrelated step that can only finish once the resource is closed.
    CompletableFuture<Boolean> unrelated =
        run.step(
            step("unrelated"),
            List.of(),
            ctx -> {
              while (created.isEmpty()) {
                Thread.onSpinWait();
              }
              return created.get(0).closed.await(Waits.SECONDS, TimeUnit.SECONDS);
            });
    // Five consumers that all start together, so creation races.
    CyclicBarrier together = new CyclicBarrier(5);
    List<CompletableFuture<Conn>> consumers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      consumers.add(
          run.step(
              step("consumer").instance(i),
              List.of(),
              List.of(shared),
              ctx -> {
                together.await(Waits.SECONDS, TimeUnit.SECONDS);
                return shared.get();
              }));
    }
    RunResult result = run.await();

    assertThat(result.status()).as(t.log()).isEqualTo(RunStatus.OK);
    assertThat(creations).hasValue(1);
    Conn conn = created.get(0);
    assertThat(GridRun.outputs(consumers)).allMatch(c -> c == conn);
    assertThat(conn.closes).hasValue(1);
    assertThat(unrelated.join()).isTrue();
    assertThat(t.log())
        .contains("create  resource.test.shared (grid.hcl:1:1) ")
        .contains("close   resource.test.shared (grid.hcl:1:1)");
  }

  @Test
  void closedBeforeDependentsOfItsLastConsumerStart() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    List<String> events = new CopyOnWriteArrayList<>();
    ResourceHandle<Conn> r = run.resource(resource("r"), 1, ctx -> new Conn("r", events, null));
    CompletableFuture<String> user =
        run.step(step("user"), List.of(), List.of(r), ctx -> r.get().name);
    CompletableFuture<List<String>> after =
        run.step(step("after"), List.of(user), ctx -> List.copyOf(events));
    run.await();

    assertThat(after.join()).containsExactly("create r", "close r");
  }

  @Test
  void neverCreatedWhenNoConsumerRuns() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    AtomicInteger creations = new AtomicInteger();
    ResourceHandle<Conn> r =
        run.resource(resource("unused"), 1, ctx -> {
          creations.incrementAndGet();
          return new Conn("unused", new ArrayList<>(), null);
        });
    CompletableFuture<Integer> failing =
        run.step(step("failing"), List.of(), ctx -> {
          throw new IllegalStateException("boom");
        });
    run.step(step("consumer"), List.of(failing), List.of(r), ctx -> r.get());
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(creations).hasValue(0);
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void failureClosesEveryResourceInReverseCreationOrder(ExecutorKind kind) throws Exception {
    GridRun run = TestRun.start(kind).run;
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    ResourceHandle<Conn> first = run.resource(resource("first"), 2, ctx -> new Conn("first", events, null));
    ResourceHandle<Conn> second = run.resource(resource("second"), 2, ctx -> new Conn("second", events, null));
    CompletableFuture<String> a =
        run.step(step("a"), List.of(), List.of(first), ctx -> first.get().name);
    CompletableFuture<String> b =
        run.step(step("b"), List.of(a), List.of(second, first), ctx -> {
          throw new IllegalStateException("b failed");
        });
    run.step(step("c"), List.of(b), List.of(second), ctx -> "never");
    RunResult result = run.await();

    assertThat(result.failure().address()).isEqualTo("step.test.b");
    assertThat(events).containsExactly("create first", "create second", "close second", "close first");
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void cancellationClosesResourcesWhileConsumersStillDeclared(ExecutorKind kind) throws Exception {
    GridRun run = TestRun.start(kind).run;
    List<String> events = new CopyOnWriteArrayList<>();
    ResourceHandle<Conn> r = run.resource(resource("r"), 3, ctx -> new Conn("r", events, null));
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Integer> running =
        run.step(step("running"), List.of(), List.of(r), ctx -> {
          started.countDown();
          Waits.forever();
          return 0;
        });
    run.step(step("next").instance(0), List.of(running), List.of(r), ctx -> 1);
    run.step(step("next").instance(1), List.of(running), List.of(r), ctx -> 1);
    Waits.await(started);
    run.cancel();
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(events).containsExactly("create r", "close r");
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void closeErrorIsReportedAndFailsAnOtherwiseGoodRun(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    GridRun run = t.run;
    List<String> events = new CopyOnWriteArrayList<>();
    ResourceHandle<Conn> r =
        run.resource(
            new ResourceInfo("resource.db.main", "db.hcl:2:1"),
            1,
            ctx -> new Conn("db", events, new IllegalStateException("flush failed")));
    CompletableFuture<String> user = run.step(step("user"), List.of(), List.of(r), ctx -> "ok");
    CompletableFuture<String> later = run.step(step("later"), List.of(user), ctx -> "still runs");
    RunResult result = run.await();

    assertThat(later.join()).isEqualTo("still runs");
    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.closeErrors()).singleElement()
        .hasToString("resource.db.main (db.hcl:2:1): flush failed");
    assertThat(result.failure()).hasToString("resource.db.main (db.hcl:2:1): flush failed");
    assertThat(result.ok()).isEqualTo(2);
    assertThat(t.log()).contains("failed  resource.db.main (db.hcl:2:1): close: flush failed");
  }

  @Test
  void closeErrorDuringAFailedRunIsReportedBesideTheRootCause() {
    TestRun t = TestRun.start(ExecutorKind.AUTO);
    GridRun run = t.run;
    ResourceHandle<Conn> r =
        run.resource(resource("r"), 1,
            ctx -> new Conn("r", new ArrayList<>(), new IllegalStateException("close boom")));
    run.step(step("user"), List.of(), List.of(r), ctx -> {
      r.get();
      throw new IllegalArgumentException("step boom");
    });
    RunResult result = run.await();

    assertThat(result.failure().message()).isEqualTo("step boom");
    assertThat(result.closeErrors()).singleElement().extracting(RunFailure::message)
        .isEqualTo("close boom");
    assertThat(t.log()).contains("error   close resource.test.r (grid.hcl:1:1): close boom");
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void failingCreationFailsTheRunAndSkipsItsConsumers(ExecutorKind kind) {
    TestRun t = TestRun.start(kind);
    GridRun run = t.run;
    AtomicInteger bodies = new AtomicInteger();
    ResourceHandle<Conn> r =
        run.resource(new ResourceInfo("resource.http_client.c", "grid.hcl:4:1"), 3, ctx -> {
          throw new IllegalArgumentException("bad timeout \"5x\"");
        });
    List<CompletableFuture<Integer>> consumers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      consumers.add(run.step(step("c").instance(i), List.of(), List.of(r), ctx -> {
        bodies.incrementAndGet();
        return 1;
      }));
    }
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure()).hasToString("resource.http_client.c (grid.hcl:4:1): bad timeout \"5x\"");
    assertThat(bodies).hasValue(0);
    assertThat(result.skipped()).isEqualTo(3);
    assertThat(consumers).allMatch(f -> FailFastTest.failureOf(f) instanceof SkippedException);
  }

  @Test
  void readingAResourceOutsideAConsumerIsAnError() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    ResourceHandle<Conn> r = run.resource(resource("r"), 0, ctx -> new Conn("r", new ArrayList<>(), null));
    assertThatThrownBy(r::get).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("resource.test.r is not available here");
    run.await();
  }

  @Test
  void moreConsumersThanDeclaredFailsLoudly() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    ResourceHandle<Conn> r = run.resource(resource("r"), 1, ctx -> new Conn("r", new ArrayList<>(), null));
    CompletableFuture<Integer> one = run.step(step("one"), List.of(), List.of(r), ctx -> 1);
    run.step(step("two"), List.of(one), List.of(r), ctx -> 2);
    RunResult result = run.await();

    assertThat(result.status()).isEqualTo(RunStatus.FAILED);
    assertThat(result.failure().message()).contains("more consumers than were declared");
  }

  @ParameterizedTest
  @EnumSource(names = {"AUTO", "PLATFORM"})
  void creationInProgressIsInterruptedAndItsHookCalledWhenTheRunFails(ExecutorKind kind)
      throws Exception {
    GridRun run = TestRun.start(kind).run;
    CountDownLatch creating = new CountDownLatch(1);
    CountDownLatch hook = new CountDownLatch(1);
    AtomicInteger bodies = new AtomicInteger();
    ResourceHandle<Conn> slow =
        run.resource(resource("slow"), 1, ctx -> {
          ctx.onCancel(hook::countDown);
          creating.countDown();
          Waits.forever();
          return null;
        });
    run.step(step("consumer"), List.of(), List.of(slow), ctx -> bodies.incrementAndGet());
    run.step(step("failing"), List.of(), ctx -> {
      Waits.await(creating);
      throw new IllegalStateException("boom");
    });
    RunResult result = run.await();

    assertThat(result.failure().address()).isEqualTo("step.test.failing");
    assertThat(hook.getCount()).isZero();
    assertThat(bodies).hasValue(0);
    assertThat(result.skipped()).isEqualTo(1);
    FailFastTest.assertNoStepThreadsLeft(run);
  }

  @Test
  void aStepNamingOneResourceTwiceIsOneConsumer() {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    List<String> events = new CopyOnWriteArrayList<>();
    ResourceHandle<Conn> r = run.resource(resource("r"), 1, ctx -> new Conn("r", events, null));
    CompletableFuture<String> both =
        run.step(step("both"), List.of(), List.of(r, r), ctx -> r.get().name);
    CompletableFuture<List<String>> after =
        run.step(step("after"), List.of(both), ctx -> List.copyOf(events));
    RunResult result = run.await();

    assertThat(result.isOk()).isTrue();
    assertThat(after.join()).containsExactly("create r", "close r");
  }

  @Test
  void resourceArgumentsFromStepOutputsDelayItsConsumers() throws Exception {
    GridRun run = TestRun.start(ExecutorKind.AUTO).run;
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> url =
        run.step(step("url"), List.of(), ctx -> {
          Waits.await(release);
          return "http://127.0.0.1:1";
        });
    List<String> events = new CopyOnWriteArrayList<>();
    ResourceHandle<Conn> client =
        run.resource(resource("client"), 1, List.of(url),
            ctx -> new Conn(url.getNow("not yet"), events, null));
    CompletableFuture<String> user =
        run.step(step("user"), List.of(), List.of(client), ctx -> client.get().name);
    release.countDown();
    RunResult result = run.await();

    assertThat(result.isOk()).isTrue();
    assertThat(user.join()).isEqualTo("http://127.0.0.1:1");
  }
}
