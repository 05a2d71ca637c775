package dev.burstgrid.compiler.testmodule;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Returns its arguments as its output, so tests can see what generated code passed, defaults included. */
@Kind(name = "test_echo", doc = "Returns its arguments (compiler tests only).")
public final class TestEchoRunner implements Runner<TestEchoRunner.Args, TestEchoRunner.Args> {

  @Doc("Arguments of test_echo, and its outputs.")
  public record Args(
      @Doc("Required.") String label,
      @Doc("A duration with a default.") Duration waitFor,
      @Doc("A primitive with a default.") int maxRetries,
      @Doc("A primitive bool with a default.") boolean verbose,
      @Doc("A list with a default.") List<String> tags,
      @Doc("A map with a default.") Map<String, String> headers,
      @Doc("A nested record with a default.") Limits limits,
      @Doc("Optional without a default.") @OptionalArg String note) {

    public static final Args DEFAULTS = new Args(null, Duration.ofMillis(1500), 3, true,
        List.of("a", "b"), Map.of("x-kind", "echo"), Limits.DEFAULTS, null);
  }

  @Doc("Limits, with defaults of their own.")
  public record Limits(@Doc("Most in flight.") int max, @Doc("Per window.") Duration window) {
    public static final Limits DEFAULTS = new Limits(10, Duration.ofSeconds(1));
  }

  @Override
  public Args run(Args input, RunContext context) {
    return input;
  }
}
