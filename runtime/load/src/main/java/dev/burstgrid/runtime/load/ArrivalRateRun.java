package dev.burstgrid.runtime.load;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * constant-arrival-rate and ramping-arrival-rate (the open model): the controller starts each
 * iteration when it is due, on an idle VU; with none idle it allocates one up to {@code
 * max_vus}; beyond that the iteration is dropped (counted in {@code dropped_iterations}), never
 * started late. {@code iteration_duration} runs from the due time, so a controller or VU that
 * is late shows in the latency instead of hiding it.
 */
final class ArrivalRateRun extends ScenarioRun {

  private static final long STOP = Long.MIN_VALUE;

  private final int preAllocated;
  private final int maxVus;
  private final ArrivalSchedule schedule;
  private final long first; // the first iteration this run starts
  private final long step; // and the distance to the next: N when it is a segment
  private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Worker> workers = new ConcurrentLinkedQueue<>();
  private int allocated; // only the controller touches it

  ArrivalRateRun(LoadRun engine, Scenario scenario) {
    super(engine, scenario);
    Executor e = scenario.executor();
    maxVus = e.maxVus();
    if (e instanceof Executor.ArrivalRateSegment) {
      Executor.ArrivalRateSegment part = (Executor.ArrivalRateSegment) e;
      preAllocated = part.preAllocatedVus();
      first = part.segment().index() - 1;
      step = part.segment().count();
      e = part.whole();
    } else {
      preAllocated = e instanceof Executor.ConstantArrivalRate
          ? ((Executor.ConstantArrivalRate) e).preAllocatedVus() : ((Executor.RampingArrivalRate) e).preAllocatedVus();
      first = 0;
      step = 1;
    }
    schedule = ArrivalSchedule.of(e);
  }

  /** A VU and the due times handed to it, one at a time. */
  private record Worker(Vu vu, LinkedBlockingQueue<Long> due) {}

  @Override
  void drive(long startNanos) {
    for (int i = 0; i < preAllocated; i++) {
      idle.add(allocate());
    }
    for (long i = first; ; i += step) {
      long offset = schedule.offset(i);
      if (offset < 0 || !sleepUntil(startNanos + offset)) {
        return;
      }
      Worker w = idle.poll();
      if (w == null && allocated < maxVus) {
        w = allocate();
      }
      if (w == null) {
        drop();
      } else {
        w.due().add(startNanos + offset);
      }
    }
  }

  private Worker allocate() {
    Vu vu = newVu();
    Worker w = new Worker(vu, new LinkedBlockingQueue<>());
    workers.add(w);
    allocated++;
    startLoop(vu, () -> loop(w), false);
    return w;
  }

  private void loop(Worker w) {
    try {
      while (true) {
        long due = w.due().take();
        if (due == STOP) {
          return;
        }
        vusGauge().add(1);
        try {
          iterate(w.vu(), due);
        } finally {
          vusGauge().add(-1);
        }
        idle.add(w);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  void onStopping() {
    for (Worker w : workers) {
      w.due().add(STOP);
    }
  }
}
