package dev.burstgrid.runtime.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * ramping-vus: the VU count follows the stages, changing by one VU at evenly spaced instants
 * (0 → 10 over 10s adds one each second). A VU above the target finishes its iteration and
 * retires; one still running after {@code graceful_ramp_down} is interrupted. A retiring VU
 * needed again is taken back, so running VUs never exceed the highest target.
 */
final class RampingVusRun extends ScenarioRun {

  private final Executor.RampingVus executor;
  private final List<Vu> pool = new ArrayList<>(); // by id order; only the controller touches it
  private final Deque<Vu> active = new ArrayDeque<>(); // most recently activated last
  private final List<Vu> retiring = new ArrayList<>();

  RampingVusRun(LoadRun engine, Scenario scenario) {
    super(engine, scenario);
    this.executor = (Executor.RampingVus) scenario.executor();
  }

  @Override
  void drive(long startNanos) {
    setTarget(executor.startVus());
    long stageStart = startNanos;
    long from = executor.startVus();
    for (Stage stage : executor.stages()) {
      long to = stage.target();
      long steps = Math.abs(to - from);
      long d = stage.duration().toNanos();
      for (long k = 1; k <= steps; k++) {
        if (!waitWhileRetiring(stageStart + d * k / steps)) {
          return;
        }
        setTarget(from + (to > from ? k : -k));
      }
      if (!waitWhileRetiring(stageStart + d)) {
        return;
      }
      stageStart += d;
      from = to;
    }
  }

  /** Sleeps until {@code deadline}, interrupting retiring VUs whose ramp-down grace ends first. */
  private boolean waitWhileRetiring(long deadline) {
    while (true) {
      retiring.removeIf(vu -> vu.state.get() != Vu.RETIRING);
      long next = deadline;
      for (Vu vu : retiring) {
        next = Math.min(next, vu.retireDeadline);
      }
      if (!sleepUntil(next)) {
        return false;
      }
      if (next == deadline) {
        return true;
      }
      long now = now();
      for (Vu vu : retiring) {
        if (vu.retireDeadline <= now) {
          vu.retireDeadline = Long.MAX_VALUE;
          vu.cancelCurrent();
        }
      }
    }
  }

  private void setTarget(long target) {
    while (active.size() < target) {
      active.addLast(activate());
    }
    while (active.size() > target) {
      Vu vu = active.removeLast();
      vu.retireDeadline = now() + executor.gracefulRampDown().toNanos();
      if (vu.state.compareAndSet(Vu.ACTIVE, Vu.RETIRING)) {
        retiring.add(vu);
      }
    }
  }

  private Vu activate() {
    for (int i = retiring.size() - 1; i >= 0; i--) { // still running: keep it
      Vu vu = retiring.remove(i);
      if (vu.state.compareAndSet(Vu.RETIRING, Vu.ACTIVE)) {
        return vu;
      }
    }
    for (Vu vu : pool) {
      if (vu.state.compareAndSet(Vu.IDLE, Vu.ACTIVE)) {
        return start(vu);
      }
    }
    Vu vu = newVu();
    pool.add(vu);
    vu.state.set(Vu.ACTIVE);
    return start(vu);
  }

  private Vu start(Vu vu) {
    startLoop(vu, () -> loop(vu), true);
    return vu;
  }

  private void loop(Vu vu) {
    while (true) {
      while (!stopping && vu.state.get() == Vu.ACTIVE) {
        iterate(vu, now());
      }
      // Retire unless the controller took this VU back in the meantime.
      if (stopping || vu.state.compareAndSet(Vu.RETIRING, Vu.IDLE)) {
        return;
      }
    }
  }
}
