package dev.burstgrid.lang.load;

import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.load.Iteration;
import dev.burstgrid.runtime.load.LoadOptions;
import dev.burstgrid.runtime.load.LoadResult;
import dev.burstgrid.runtime.load.LoadRun;
import dev.burstgrid.runtime.load.ProgressMode;
import dev.burstgrid.runtime.load.Scenario;
import dev.burstgrid.runtime.load.Thresholds;
import dev.burstgrid.runtime.report.ReportedRun;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated grid ready for load: one iteration of its DAG, its {@code scenario} blocks and its
 * {@code threshold} blocks, as {@code XGrid.load(variables)} returns them.
 */
public record GridLoad(Iteration iteration, List<Scenario> scenarios, Thresholds thresholds) {

  public GridLoad {
    scenarios = List.copyOf(scenarios);
  }

  /** Whether a run with these flags is a load run (else the grid runs once, as without load). */
  public boolean isLoad(LoadFlags flags) {
    return flags.definesScenario() || !scenarios.isEmpty();
  }

  /**
   * Runs the scenarios the flags select (their default scenario, one named scenario, or all the
   * grid's) with the live progress line unless {@code quiet}, prints the summary, and returns the
   * exit code: 0, 99 when a threshold failed, 130 when interrupted.
   */
  public LoadResult run(LoadFlags flags, RunOptions options, boolean quiet) {
    return LoadRun.run(options(flags, options, quiet), selected(flags));
  }

  /**
   * As {@link #run(LoadFlags, RunOptions, boolean)}, as segment {@code reports.segment()} from
   * {@code reports.startAt()}, writing the reports {@code reports} asks for (a file that cannot
   * be written is said on the err stream and makes the exit code at least 1). Returns the exit code.
   */
  public int run(String grid, LoadFlags flags, ReportFlags reports, RunOptions options, boolean quiet) {
    LoadOptions load = options(flags, options, quiet).withSegment(reports.segment()).withStartAt(reports.startAt());
    return ReportedRun.run(grid, load, selected(flags), reports.targets()).exitCode(options.err());
  }

  private LoadOptions options(LoadFlags flags, RunOptions options, boolean quiet) {
    LoadOptions load = LoadOptions.of(options)
        .withProgress(quiet ? ProgressMode.NONE : ProgressMode.detect())
        .withThresholds(thresholds)
        .withCancelOnShutdown(true);
    if (flags.trendStats() != null) {
      load = load.withTrendStats(flags.trendStats());
    }
    return load;
  }

  private List<Scenario> selected(LoadFlags flags) {
    if (flags.definesScenario()) {
      return List.of(new Scenario("default", flags.executor(), iteration));
    }
    if (flags.scenario() == null) {
      return scenarios;
    }
    List<Scenario> named = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (s.name().equals(flags.scenario())) {
        named.add(s);
      }
    }
    if (named.isEmpty()) {
      throw new IllegalArgumentException("The grid has no scenario \"" + flags.scenario() + "\"; its scenarios: "
          + String.join(", ", scenarios.stream().map(Scenario::name).toList()) + ".");
    }
    return named;
  }
}
