package dev.burstgrid.lang.load;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Collects the load options of a command line ({@code --vus 10 --duration 30s …}) into {@link LoadFlags}. */
public final class LoadArguments {
  private static final Set<String> NAMES = Set.of(
      "--vus", "--duration", "--iterations", "--rate", "--max-vus", "--stages", "--scenario", "--summary-trend-stats");

  private Integer vus;
  private java.time.Duration duration;
  private Long iterations;
  private Long rate;
  private Integer maxVus;
  private List<dev.burstgrid.runtime.load.Stage> stages;
  private String scenario;
  private List<String> trendStats;

  /** Whether {@code option} is a load option (it takes a value). */
  public boolean accepts(String option) {
    return NAMES.contains(option);
  }

  /** @throws IllegalArgumentException when the value does not fit the option */
  public void add(String option, String value) {
    switch (option) {
      case "--vus" -> vus = (int) Math.min(Integer.MAX_VALUE, LoadFlags.whole(value, option, 1));
      case "--duration" -> duration = LoadFlags.duration(value, option);
      case "--iterations" -> iterations = LoadFlags.whole(value, option, 1);
      case "--rate" -> rate = LoadFlags.whole(value, option, 1);
      case "--max-vus" -> maxVus = (int) Math.min(Integer.MAX_VALUE, LoadFlags.whole(value, option, 1));
      case "--stages" -> stages = LoadFlags.parseStages(value);
      case "--scenario" -> scenario = value;
      case "--summary-trend-stats" -> trendStats = Arrays.stream(value.split(",")).map(String::trim).toList();
      default -> throw new IllegalArgumentException("Unknown argument \"" + option + "\".");
    }
  }

  public LoadFlags flags() {
    return new LoadFlags(vus, duration, iterations, rate, maxVus, stages, scenario, trendStats);
  }
}
