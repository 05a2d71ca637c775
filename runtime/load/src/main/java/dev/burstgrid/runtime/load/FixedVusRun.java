package dev.burstgrid.runtime.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The executors with one set of VUs from start to end, each looping while its permit allows:
 * shared-iterations (a shared pool of iterations), per-vu-iterations (a count per VU) and
 * constant-vus (until the duration ends).
 */
final class FixedVusRun extends ScenarioRun {

  private final int vus;
  private final long durationNanos;
  private final Predicate<Vu> permit;

  private FixedVusRun(LoadRun engine, Scenario scenario, int vus, long durationNanos, Predicate<Vu> permit) {
    super(engine, scenario);
    this.vus = vus;
    this.durationNanos = durationNanos;
    this.permit = permit;
  }

  static FixedVusRun of(LoadRun engine, Scenario scenario) {
    Executor e = scenario.executor();
    if (e instanceof Executor.SharedIterations) {
      Executor.SharedIterations s = (Executor.SharedIterations) e;
      AtomicLong remaining = new AtomicLong(s.iterations());
      return new FixedVusRun(engine, scenario, s.maxVus(), s.maxDuration().toNanos(),
          vu -> remaining.getAndDecrement() > 0);
    } else if (e instanceof Executor.PerVuIterations) {
      Executor.PerVuIterations p = (Executor.PerVuIterations) e;
      return new FixedVusRun(engine, scenario, p.vus(), p.maxDuration().toNanos(), vu -> vu.iterations() < p.iterations());
    }
    Executor.ConstantVus c = (Executor.ConstantVus) e;
    return new FixedVusRun(engine, scenario, c.vus(), c.duration().toNanos(), vu -> true);
  }

  @Override
  void drive(long startNanos) {
    CompletableFuture<?>[] loops = new CompletableFuture<?>[vus];
    for (int i = 0; i < vus; i++) {
      Vu vu = newVu();
      loops[i] = startLoop(vu, () -> loop(vu), true);
    }
    awaitStopOr(CompletableFuture.allOf(loops), startNanos + durationNanos - now());
  }

  private void loop(Vu vu) {
    while (!stopping && permit.test(vu)) {
      iterate(vu, now());
    }
  }
}
