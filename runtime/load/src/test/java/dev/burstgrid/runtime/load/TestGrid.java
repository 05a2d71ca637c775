package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.GridRun;
import dev.burstgrid.runtime.ResourceHandle;
import dev.burstgrid.runtime.ResourceInfo;
import dev.burstgrid.runtime.ResourceScope;
import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.StepInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A two-step grid as generated code would run it per iteration: step a, then step b, both
 * using one resource of each scope. Counts iterations in flight, resource creates and closes
 * per scope, and keeps every iteration's context.
 */
final class TestGrid implements Iteration {

  static final StepInfo A = new StepInfo("step.test.a", "grid.hcl:1:1");
  static final StepInfo B = new StepInfo("step.test.b", "grid.hcl:5:1");

  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final Map<ResourceScope, AtomicInteger> created = counters();
  final Map<ResourceScope, AtomicInteger> closed = counters();
  final ConcurrentLinkedQueue<IterationContext> contexts = new ConcurrentLinkedQueue<>();
  private final long stepMillis;
  private final Predicate<IterationContext> failB;

  TestGrid(long stepMillis, Predicate<IterationContext> failB) {
    this.stepMillis = stepMillis;
    this.failB = failB;
  }

  TestGrid(long stepMillis) {
    this(stepMillis, ctx -> false);
  }

  @Override
  public RunResult run(IterationContext ctx) {
    contexts.add(ctx);
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try (GridRun run = GridRun.start(ctx.binding())) {
      List<ResourceHandle<Counted>> uses = List.of(
          resource(run, ResourceScope.RUN), resource(run, ResourceScope.VU), resource(run, ResourceScope.ITERATION));
      CompletableFuture<Integer> a = run.step(A, List.of(), uses, c -> {
        if (stepMillis > 0) {
          Thread.sleep(stepMillis);
        }
        c.metrics().counter("work").add(1);
        return 1;
      });
      run.step(B, List.of(a), uses, c -> {
        if (failB.test(ctx)) {
          throw new IllegalStateException("b failed on purpose");
        }
        return a.join() + 1;
      });
      return run.await();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private ResourceHandle<Counted> resource(GridRun run, ResourceScope scope) {
    ResourceInfo info = new ResourceInfo("resource.test." + scope.name().toLowerCase(), "grid.hcl:9:1");
    return run.resource(info, scope, 2, c -> {
      created.get(scope).incrementAndGet();
      return new Counted(closed.get(scope));
    });
  }

  int created(ResourceScope scope) {
    return created.get(scope).get();
  }

  int closed(ResourceScope scope) {
    return closed.get(scope).get();
  }

  private static Map<ResourceScope, AtomicInteger> counters() {
    Map<ResourceScope, AtomicInteger> m = new ConcurrentHashMap<>();
    for (ResourceScope s : ResourceScope.values()) {
      m.put(s, new AtomicInteger());
    }
    return m;
  }

  /** A resource that counts its close. */
  static final class Counted implements AutoCloseable {
    private final AtomicInteger closes;

    Counted(AtomicInteger closes) {
      this.closes = closes;
    }

    @Override
    public void close() {
      closes.incrementAndGet();
    }
  }
}
