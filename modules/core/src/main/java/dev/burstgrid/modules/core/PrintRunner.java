package dev.burstgrid.modules.core;

import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.Pure;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;

/**
 * {@code print}: writes one line, the step address, a space and the value as compact JSON with
 * sorted keys ({@code step.print.show {"a":1}}), each sensitive part shown as {@code "(sensitive value)"};
 * its output is its input.
 */
@Pure
@Kind(name = "print", doc = "Prints a value as one line of compact JSON, prefixed with the step address.")
public final class PrintRunner implements Runner<PrintRunner.Input, PrintRunner.Output> {

  @Doc("Arguments of print.")
  public record Input(@Doc("The value to print; any type.") Value input) {}

  @Doc("Outputs of print.")
  public record Output(@Doc("The printed value, unchanged.") Value input) {}

  @Override
  public Output run(Input input, RunContext context) {
    Value value = input.input() == null ? Value.nullOf(Type.ANY) : input.input();
    // One println of a prebuilt line: PrintStream locks per call, so concurrent prints
    // never interleave.
    context.out().println(context.address() + " " + Json.display(value));
    return new Output(value);
  }
}
