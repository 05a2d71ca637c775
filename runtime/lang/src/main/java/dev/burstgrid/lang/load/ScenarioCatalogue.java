package dev.burstgrid.lang.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code scenario} block may say, in one place for the compiler (which checks names and
 * constant values) and the run (which checks values from variables): k6's six executors, each
 * with its options in snake_case, the kind of value each takes, and which are required.
 */
public final class ScenarioCatalogue {

  /** The kind of value an option takes. */
  public enum Kind {
    /** A duration string, such as {@code "30s"}. */
    DURATION,
    /** A whole number of at least one. */
    POSITIVE,
    /** A whole number of at least zero. */
    COUNT,
    /** A list of {@code { duration, target }}. */
    STAGES
  }

  /** An executor's own options by name, and which of them it cannot do without. */
  public record ExecutorOptions(Map<String, Kind> options, Set<String> required) {}

  /** Options every executor takes, besides {@code executor} and {@code steps}. */
  public static final Map<String, Kind> COMMON = Map.of("start_time", Kind.DURATION, "graceful_stop", Kind.DURATION);

  /** The executors by k6's name, in k6's order. */
  public static final Map<String, ExecutorOptions> EXECUTORS = executors();

  private ScenarioCatalogue() {}

  /** The kind of {@code option} under {@code executor}, or null when it takes no such option. */
  public static Kind kind(String executor, String option) {
    Kind common = COMMON.get(option);
    if (common != null) {
      return common;
    }
    ExecutorOptions e = EXECUTORS.get(executor);
    return e == null ? null : e.options().get(option);
  }

  private static Map<String, ExecutorOptions> executors() {
    Map<String, ExecutorOptions> m = new LinkedHashMap<>();
    Map<String, Kind> iterations = Map.of("vus", Kind.POSITIVE, "iterations", Kind.POSITIVE, "max_duration", Kind.DURATION);
    m.put("shared-iterations", new ExecutorOptions(iterations, Set.of()));
    m.put("per-vu-iterations", new ExecutorOptions(iterations, Set.of()));
    m.put("constant-vus", new ExecutorOptions(
        Map.of("vus", Kind.POSITIVE, "duration", Kind.DURATION), Set.of("duration")));
    m.put("ramping-vus", new ExecutorOptions(
        Map.of("start_vus", Kind.COUNT, "stages", Kind.STAGES, "graceful_ramp_down", Kind.DURATION), Set.of("stages")));
    m.put("constant-arrival-rate", new ExecutorOptions(
        Map.of("rate", Kind.POSITIVE, "time_unit", Kind.DURATION, "duration", Kind.DURATION,
            "pre_allocated_vus", Kind.COUNT, "max_vus", Kind.COUNT),
        Set.of("rate", "duration", "pre_allocated_vus")));
    m.put("ramping-arrival-rate", new ExecutorOptions(
        Map.of("start_rate", Kind.COUNT, "time_unit", Kind.DURATION, "stages", Kind.STAGES,
            "pre_allocated_vus", Kind.COUNT, "max_vus", Kind.COUNT),
        Set.of("stages", "pre_allocated_vus")));
    return Collections.unmodifiableMap(m);
  }
}
