package dev.burstgrid.runtime.load;

import dev.burstgrid.runtime.RunFailure;
import dev.burstgrid.runtime.RunResult;
import java.util.List;

/**
 * One JMH benchmark thread as a virtual user (a {@code @State(Scope.Thread)}): runs iterations
 * one after another with its own {@code scope = "vu"} resources, closed by {@link #close}.
 */
public final class BenchmarkVu implements AutoCloseable {

  /** The scenario name iterations see as {@code scenario.name}. */
  public static final String SCENARIO = "bench";

  private final int id;
  private final BenchmarkRun run;
  private final ScopedResources scope = new ScopedResources();
  private long iterations;

  BenchmarkVu(int id, BenchmarkRun run) {
    this.id = id;
    this.run = run;
  }

  /** Runs one iteration; a failed step is thrown as {@link StepFailedInBenchmark}. */
  public RunResult iterate(Iteration iteration) throws Exception {
    IterationBinding binding = new IterationBinding(run.options(), run.threads(), run.runScope(), scope, run.metrics());
    long n = iterations++;
    RunResult result = iteration.run(new IterationContext(id, n, SCENARIO, n, binding));
    if (!result.isOk()) {
      throw new StepFailedInBenchmark(result.rootCause().map(RunFailure::toString)
          .orElse("the iteration ended " + result.status()));
    }
    return result;
  }

  /** Closes this VU's resources, newest first. */
  @Override
  public void close() {
    throwIfAny(scope.close());
  }

  static void throwIfAny(List<RunFailure> failures) {
    if (!failures.isEmpty()) {
      throw new StepFailedInBenchmark("closing " + failures.get(0));
    }
  }
}
