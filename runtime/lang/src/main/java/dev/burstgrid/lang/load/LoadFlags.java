package dev.burstgrid.lang.load;

import dev.burstgrid.lang.value.Durations;
import dev.burstgrid.runtime.load.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line shortcuts for a default scenario, as k6 has them: {@code --vus N --duration D}
 * (constant-vus), {@code --vus N --iterations M} (shared-iterations), {@code --rate R --duration D
 * [--max-vus M]} (constant-arrival-rate), {@code --stages 10s:20,30s:20} (ramping-vus); and
 * {@code --scenario NAME} to run one of the grid's scenarios. Null fields were not given.
 */
public record LoadFlags(
    Integer vus, Duration duration, Long iterations, Long rate, Integer maxVus, List<Stage> stages,
    String scenario, List<String> trendStats) {

  public static final LoadFlags NONE = new LoadFlags(null, null, null, null, null, null, null, null);

  /** Whether the flags ask for a default scenario of their own. */
  public boolean definesScenario() {
    return vus != null || duration != null || iterations != null || rate != null || stages != null;
  }

  /** {@code 10s:20,30s:20,10s:0}. */
  public static List<Stage> parseStages(String text) {
    List<Stage> stages = new ArrayList<>();
    for (String part : text.split(",")) {
      int colon = part.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("--stages takes DURATION:TARGET,…, e.g. 10s:20,30s:20,10s:0, not \""
            + text + "\".");
      }
      stages.add(new Stage(duration(part.substring(0, colon).trim(), "--stages"),
          whole(part.substring(colon + 1).trim(), "--stages", 0)));
    }
    return stages;
  }

  /** A duration option's value, e.g. {@code 30s}. */
  public static Duration duration(String text, String option) {
    try {
      Duration d = Durations.parse(text);
      if (d.isNegative()) {
        throw new IllegalArgumentException(option + " cannot be negative.");
      }
      return d;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage() + ".", e);
    }
  }

  /** A whole-number option's value of at least {@code min}. */
  public static long whole(String text, String option, long min) {
    try {
      long n = Long.parseLong(text);
      if (n < min) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number of at least " + min + ", not \"" + text
          + "\".");
    }
  }

  /** The default scenario these flags describe, running {@code iteration}. */
  dev.burstgrid.runtime.load.Executor executor() {
    int users = vus == null ? 1 : vus;
    if (stages != null) {
      return new dev.burstgrid.runtime.load.Executor.RampingVus(vus == null ? 0 : vus, stages, Duration.ofSeconds(30));
    }
    if (rate != null) {
      if (duration == null) {
        throw new IllegalArgumentException("--rate needs --duration.");
      }
      int max = maxVus != null ? maxVus : Math.max(users, (int) Math.min(1000, Math.max(1, rate)));
      return new dev.burstgrid.runtime.load.Executor.ConstantArrivalRate(rate, Duration.ofSeconds(1), duration,
          Math.min(users, max), max);
    }
    if (iterations != null) {
      return new dev.burstgrid.runtime.load.Executor.SharedIterations(users, iterations,
          duration != null ? duration : Duration.ofMinutes(10));
    }
    return new dev.burstgrid.runtime.load.Executor.ConstantVus(users,
        duration != null ? duration : Duration.ofSeconds(10));
  }
}
