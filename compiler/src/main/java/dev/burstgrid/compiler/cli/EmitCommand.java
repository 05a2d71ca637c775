package dev.burstgrid.compiler.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bggoc emit PATH}: the generated Java source on stdout. */
@Command(name = "emit", mixinStandardHelpOptions = true,
    description = "Prints the Java class generated for a grid.")
final class EmitCommand implements Callable<Integer> {
  @Mixin GridPathOptions grid;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try {
      GridGeneration.Generated generated = GridGeneration.generate(grid, spec.commandLine().getErr());
      spec.commandLine().getOut().print(generated.grid().source());
      return ExitCodes.OK;
    } catch (CommandExit e) {
      return e.code();
    }
  }
}
