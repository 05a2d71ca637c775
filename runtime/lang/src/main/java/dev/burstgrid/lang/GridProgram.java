package dev.burstgrid.lang;

import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.RunOptions;
import dev.burstgrid.runtime.RunResult;
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
