package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunResult;
import dev.burstgrid.runtime.RunStatus;
import dev.burstgrid.runtime.metrics.BuiltInMetrics;
import dev.burstgrid.runtime.metrics.GaugeMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One scenario in progress, on its controller thread: waits for its start time, lets its
 * executor drive VUs until the executor's end or a stop, then stops gracefully — no new
 * iterations; those running get {@code graceful_stop}; then they are interrupted and every VU
 * retires (its resources closed). Subclasses are the executors.
 */
abstract class ScenarioRun implements Runnable {

  final LoadRun engine;
  final Scenario scenario;
  private final AtomicLong iterationIndex = new AtomicLong();
  private final CompletableFuture<Void> stopRequested = new CompletableFuture<>();
  final CompletableFuture<Void> done = new CompletableFuture<>();
  /** No iteration may start once set. */
  volatile boolean stopping;
  private volatile boolean hardStopped;
  private final List<Vu> vus = new CopyOnWriteArrayList<>();
  private final List<CompletableFuture<Void>> loops = new CopyOnWriteArrayList<>();
  private final GaugeMetric vusGauge;
  private final GaugeMetric vusMax;
  private final IterationMetrics metrics;

  ScenarioRun(LoadRun engine, Scenario scenario) {
    this.engine = engine;
    this.scenario = scenario;
    this.vusGauge = engine.metrics().gauge(BuiltInMetrics.VUS);
    this.vusMax = engine.metrics().gauge(BuiltInMetrics.VUS_MAX);
    this.metrics = new IterationMetrics(engine.metrics(), scenario.name());
  }

  /**
   * Runs the executor from {@code startNanos}, the scenario's intended start, until its end or
   * {@link #requestStop}. The controller may wake later than that on a busy machine: the
   * schedule still counts from the intended start, so the lateness shows in the latency.
   */
  abstract void drive(long startNanos) throws InterruptedException;

  @Override
  public final void run() {
    try {
      long start = engine.startNanos() + scenario.startTime().toNanos();
      if (sleepUntil(start)) {
        drive(start);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      engine.noteError("scenario." + scenario.name(), "", t.toString());
    } finally {
      stopGracefully();
      done.complete(null);
    }
  }

  /** Ctrl-C, an aborting threshold, or the end of the load run. */
  void requestStop() {
    stopRequested.complete(null);
  }

  boolean stopRequested() {
    return stopRequested.isDone();
  }

  /** Waits until {@code deadline}; false when a stop came first. */
  final boolean sleepUntil(long deadline) {
    long wait;
    while ((wait = deadline - now()) > 0) {
      try {
        stopRequested.get(wait, TimeUnit.NANOSECONDS);
        return false;
      } catch (TimeoutException e) {
        // The deadline passed.
      } catch (InterruptedException e) {
        requestStop();
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
    return !stopRequested.isDone();
  }

  /** Waits for a stop for up to {@code nanos}, or until {@code also} completes. */
  final void awaitStopOr(CompletableFuture<?> also, long nanos) {
    try {
      CompletableFuture.anyOf(stopRequested, also).get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Time is up.
    } catch (InterruptedException e) {
      requestStop();
    }
  }

  long now() {
    return engine.now();
  }

  /** A new VU of this scenario (counted in vus_max until the scenario ends). */
  final Vu newVu() {
    Vu vu = new Vu(engine.nextVuId());
    vus.add(vu);
    vusMax.add(1);
    return vu;
  }

  /** Starts {@code body} on a loop thread for {@code vu}; the VU retires when it returns. */
  final CompletableFuture<Void> startLoop(Vu vu, Runnable body, boolean countsAsRunning) {
    CompletableFuture<Void> ended = new CompletableFuture<>();
    loops.add(ended);
    var scope = vu.activate();
    if (countsAsRunning) {
      vusGauge.add(1);
    }
    engine.loopThreads().newThread(() -> {
      try {
        body.run();
      } finally {
        engine.closeErrors(scope.close());
        if (countsAsRunning) {
          vusGauge.add(-1);
        }
        ended.complete(null);
      }
    }).start();
    return ended;
  }

  /** Runs one iteration on {@code vu}, measured from {@code intendedStart}. */
  final void iterate(Vu vu, long intendedStart) {
    IterationBinding binding =
        new IterationBinding(engine.iterationOptions(), engine.threads(), engine.runScope(), vu.scope(), engine.metrics());
    IterationContext context =
        new IterationContext(vu.id, vu.nextIteration(), scenario.name(), iterationIndex.getAndIncrement(), binding);
    vu.running(binding);
    if (hardStopped) { // checked after publishing: a hard stop cannot miss this iteration
      binding.cancel();
    }
    RunResult result = null;
    Throwable thrown = null;
    try {
      result = scenario.iteration().run(context);
    } catch (Throwable t) {
      thrown = t;
    } finally {
      vu.running(null);
      Thread.interrupted(); // a hard stop's interrupt is for the iteration, not the loop
    }
    long nanos = now() - intendedStart;
    if (binding.isCancelled() || (result != null && result.status() == RunStatus.CANCELLED)) {
      metrics.interrupted();
      return;
    }
    boolean ok = thrown == null && result.isOk();
    metrics.ended(nanos, ok);
    if (thrown != null) {
      engine.noteError(scenario.name(), "", "the iteration threw " + thrown);
    } else if (!ok) {
      result.rootCause().ifPresent(f -> engine.noteError(f.address(), f.location(), f.message()));
    }
  }

  final void drop() {
    metrics.dropped();
  }

  final GaugeMetric vusGauge() {
    return vusGauge;
  }

  /** Called when {@code stopping} is set: lets idle loops know (arrival-rate VUs wait for work). */
  void onStopping() {}

  private void stopGracefully() {
    stopping = true;
    onStopping();
    CompletableFuture<Void> allEnded = CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new));
    waitFor(allEnded, scenario.gracefulStop().toNanos());
    if (!allEnded.isDone()) {
      hardStopped = true;
      for (Vu vu : vus) {
        vu.cancelCurrent();
      }
      waitFor(allEnded, engine.iterationOptions().cancelGrace().toNanos() + TimeUnit.SECONDS.toNanos(1));
    }
    List<Vu> all = new ArrayList<>(vus);
    for (Vu vu : all) {
      engine.closeErrors(vu.retire()); // loops stuck past the grace: their resources close anyway
    }
    vusMax.add(-all.size());
  }

  private static void waitFor(CompletableFuture<?> f, long nanos) {
    try {
      f.get(Math.max(nanos, 0), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Time is up.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
