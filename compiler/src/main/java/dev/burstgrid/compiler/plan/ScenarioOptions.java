package dev.burstgrid.compiler.plan;

import java.util.Set;

/** The kinds of value k6's scenario options take, by option name. */
final class ScenarioOptions {
  static final Set<String> DURATIONS =
      Set.of("start_time", "graceful_stop", "max_duration", "duration", "graceful_ramp_down", "time_unit");
  /** Whole numbers of at least one. */
  static final Set<String> POSITIVE = Set.of("vus", "iterations", "rate");
  /** Whole numbers of at least zero. */
  static final Set<String> COUNTS = Set.of("start_vus", "pre_allocated_vus", "max_vus", "start_rate");
  static final String STAGES = "stages";

  private ScenarioOptions() {}
}
