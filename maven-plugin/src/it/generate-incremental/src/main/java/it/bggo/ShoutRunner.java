package it.bggo;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;

@Kind(name = "shout", doc = "Says something loudly.")
public final class ShoutRunner implements Runner<ShoutRunner.Input, ShoutRunner.Output> {
  public record Input(@Doc("What to say.") String name) {}

  public record Output(@Doc("The loud version.") String message) {}

  @Override
  public Output run(Input input, RunContext context) {
    return new Output(input.name().toUpperCase(java.util.Locale.ROOT) + "!");
  }
}
