package dev.burstgrid.runtime.load;

/** One line per executor for the summary, in k6's words: {@code constant-vus: 10 VUs for 30s}. */
final class ExecutorText {

  private ExecutorText() {}

  static String describe(Executor e) {
    if (e instanceof Executor.SharedIterations) {
      Executor.SharedIterations s = (Executor.SharedIterations) e;
      return "shared-iterations: " + s.iterations() + " iterations shared by " + vus(s.vus()) + ", at most "
          + Formats.duration(s.maxDuration());
    } else if (e instanceof Executor.PerVuIterations) {
      Executor.PerVuIterations p = (Executor.PerVuIterations) e;
      return "per-vu-iterations: " + p.iterations() + " iterations each for " + vus(p.vus()) + ", at most "
          + Formats.duration(p.maxDuration());
    } else if (e instanceof Executor.ConstantVus) {
      Executor.ConstantVus c = (Executor.ConstantVus) e;
      return "constant-vus: " + vus(c.vus()) + " for " + Formats.duration(c.duration());
    } else if (e instanceof Executor.RampingVus) {
      Executor.RampingVus r = (Executor.RampingVus) e;
      return "ramping-vus: from " + vus(r.startVus()) + " up to " + vus(r.maxVus()) + " over " + stages(r.stages().size())
          + ", " + Formats.duration(r.maxDuration());
    } else if (e instanceof Executor.ConstantArrivalRate) {
      Executor.ConstantArrivalRate c = (Executor.ConstantArrivalRate) e;
      return "constant-arrival-rate: " + c.rate() + " iterations/" + Formats.duration(c.timeUnit()) + " for "
          + Formats.duration(c.duration()) + ", up to " + vus(c.maxVus());
    } else if (e instanceof Executor.ArrivalRateSegment) {
      Executor.ArrivalRateSegment part = (Executor.ArrivalRateSegment) e;
      return "segment " + part.segment() + " of " + describe(part.whole()) + " (this part up to " + vus(part.maxVus()) + ")";
    }
    Executor.RampingArrivalRate r = (Executor.RampingArrivalRate) e;
    return "ramping-arrival-rate: from " + r.startRate() + " iterations/" + Formats.duration(r.timeUnit()) + " over "
        + stages(r.stages().size()) + ", " + Formats.duration(r.maxDuration()) + ", up to " + vus(r.maxVus());
  }

  static String vus(long n) {
    return n + (n == 1 ? " VU" : " VUs");
  }

  private static String stages(int n) {
    return n + (n == 1 ? " stage" : " stages");
  }
}
