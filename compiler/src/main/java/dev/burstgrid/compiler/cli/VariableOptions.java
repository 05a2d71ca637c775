package dev.burstgrid.compiler.cli;

import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.inputs.DeclaredVariables;
import dev.burstgrid.compiler.inputs.VariableSources;
import dev.burstgrid.compiler.inputs.VariableValidation;
import dev.burstgrid.compiler.semantic.GridModel;
import dev.burstgrid.lang.GridInputs;
import dev.burstgrid.lang.GridVariable;
import dev.burstgrid.lang.value.Value;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code -var NAME=VALUE} and {@code -var-file FILE}, kept in command-line order (a later one
 * wins, as in Terraform), on top of {@code BGGO_VAR_name} environment variables.
 */
final class VariableOptions {
  /** One -var or -var-file; picocli keeps the occurrences of a repeatable group in order. */
  static final class Input {
    @Option(names = {"-var", "--var"}, paramLabel = "NAME=VALUE", required = true,
        description = "Sets a variable. A string variable takes VALUE as it is; other types read it as an HCL"
            + " expression (3, true, [1, 2], {k = \"v\"}). Repeatable; later values win.")
    String assignment;

    @Option(names = {"-var-file", "--var-file"}, paramLabel = "FILE", required = true,
        description = "Reads variables from FILE: HCL assignments (NAME = VALUE, .hcl or .bggovars) or a JSON"
            + " object (.json). Repeatable; applied in command-line order with -var, after BGGO_VAR_name"
            + " environment variables.")
    Path file;

    VariableSources.Input input() {
      return assignment != null ? new VariableSources.Assignment(assignment) : new VariableSources.VarFile(file);
    }
  }

  @ArgGroup(exclusive = true, multiplicity = "0..*")
  List<Input> given = new ArrayList<>();

  /** Whether any -var or -var-file was given. */
  boolean any() {
    return !given.isEmpty();
  }

  /**
   * The variables a run receives, converted to their types and validated; problems are printed and
   * end the command with exit code 2.
   */
  Map<String, Value> values(GridModel model, PrintWriter err) throws CommandExit {
    List<GridVariable> declared = DeclaredVariables.of(model);
    Diagnostics diags = new Diagnostics();
    List<VariableSources.Input> inputs = new ArrayList<>();
    given.forEach(g -> inputs.add(g.input()));
    Map<String, Value> values = VariableSources.gather(declared, System.getenv(), inputs, diags);
    if (!diags.hasErrors()) {
      VariableValidation.check(model, values, diags);
    }
    if (diags.hasErrors()) {
      CompileSession.printText(diags, err);
      throw new CommandExit(ExitCodes.USAGE, ReportDiagnostics.of(diags));
    }
    try {
      return GridInputs.resolve(declared, values);
    } catch (IllegalArgumentException e) {
      err.println("bggoc: " + e.getMessage());
      throw CommandExit.usage(e.getMessage());
    }
  }
}
