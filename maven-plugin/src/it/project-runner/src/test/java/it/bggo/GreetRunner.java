package it.bggo;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;

@Kind(name = "greet", doc = "Greets someone.")
public final class GreetRunner implements Runner<GreetRunner.Input, GreetRunner.Output> {
  public record Input(@Doc("Who to greet.") String name) {}

  public record Output(@Doc("The greeting.") String message) {}

  @Override
  public Output run(Input input, RunContext context) {
    return new Output("Hello, " + input.name() + "!");
  }
}
