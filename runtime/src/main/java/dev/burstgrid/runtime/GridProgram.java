package dev.burstgrid.runtime;

import dev.burstgrid.runtime.value.Value;
import java.util.Map;

/** A compiled grid: what {@code run(options, variables)} of a generated class does. */
@FunctionalInterface
public interface GridProgram {
  /**
   * Runs the grid once.
   *
   * @throws IllegalArgumentException when {@code variables} do not fit the grid's declarations
   */
  RunResult run(RunOptions options, Map<String, Value> variables);
}
