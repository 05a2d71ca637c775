package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.GridCompiler;
import dev.burstgrid.compiler.diag.DiagnosticJson;
import dev.burstgrid.compiler.diag.Diagnostics;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bggoc check PATH}: every diagnostic, no code generated. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Parses and type-checks a grid and reports every problem found.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin GridPathOptions grid;

  @Option(names = "--format", defaultValue = "text",
      description = "text (to stderr) or json (to stdout). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Diagnostics diags = new Diagnostics();
    GridCompiler.Result result;
    try {
      result = CompileSession.check(grid, diags, err);
    } catch (UsageException e) {
      err.println("bggoc: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (format == Format.json) {
      out.println(DiagnosticJson.render(diags.sorted()));
    } else {
      CompileSession.printText(diags, err);
      if (result.ok()) {
        err.println("Grid " + grid.path + " is valid: " + result.model().steps().size() + (result.model().steps().size() == 1 ? " step, " : " steps, ")
            + result.model().resources().size() + (result.model().resources().size() == 1 ? " resource." : " resources."));
      }
    }
    return result.ok() ? ExitCodes.OK : ExitCodes.COMPILE_ERRORS;
  }
}
