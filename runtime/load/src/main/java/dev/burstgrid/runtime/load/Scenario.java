package dev.burstgrid.runtime.load;

import java.time.Duration;
import java.util.Objects;

/**
 * A {@code scenario} block: what one iteration is, and how the executor schedules it.
 *
 * @param startTime when the scenario starts, from the start of the load run
 * @param gracefulStop how long iterations still running at the executor's end may take
 *     before they are interrupted (k6's default is 30s)
 */
public record Scenario(String name, Executor executor, Duration startTime, Duration gracefulStop, Iteration iteration) {

  public static final Duration DEFAULT_GRACEFUL_STOP = Duration.ofSeconds(30);

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(iteration, "iteration");
    Executor.requireNotNegative(startTime, "start_time");
    Executor.requireNotNegative(gracefulStop, "graceful_stop");
  }

  /** Starts at once, with the default graceful stop. */
  public Scenario(String name, Executor executor, Iteration iteration) {
    this(name, executor, Duration.ZERO, DEFAULT_GRACEFUL_STOP, iteration);
  }
}
