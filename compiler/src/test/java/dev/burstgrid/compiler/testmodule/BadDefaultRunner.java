package dev.burstgrid.compiler.testmodule;

import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.util.List;

/**
 * A runner whose default does not have its component's type (an unchecked cast put strings in
 * a list of integers). Not registered as a service: tests put it on {@code --modules} to see
 * the compiler reject it.
 */
@Kind(name = "bad_default", doc = "Declares a default of the wrong type (compiler tests only).")
public final class BadDefaultRunner implements Runner<BadDefaultRunner.Input, BadDefaultRunner.Input> {

  public record Input(List<Integer> ports) {
    public static final Input DEFAULTS = new Input(portsThatAreStrings());
  }

  @SuppressWarnings("unchecked")
  private static List<Integer> portsThatAreStrings() {
    return (List<Integer>) (List<?>) List.of("eighty");
  }

  @Override
  public Input run(Input input, RunContext context) {
    return input;
  }
}
