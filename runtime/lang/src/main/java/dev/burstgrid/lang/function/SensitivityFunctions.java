package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returnsArg;

import dev.burstgrid.lang.value.Type;
import java.util.List;

/**
 * {@code sensitive(x)} and {@code nonsensitive(x)}, as Terraform names them. Values carry no
 * sensitivity mark yet, so both return their argument unchanged; grids written with them keep
 * working when marks arrive.
 */
final class SensitivityFunctions {
  private SensitivityFunctions() {}

  static List<Function> all() {
    return List.of(
        FunctionSpec.of("sensitive", "Marks a value as sensitive (returned unchanged for now).",
            params(Param.nullable("value", Type.ANY)), returnsArg(0), args -> args.get(0)),
        FunctionSpec.of("nonsensitive", "Removes the sensitive mark of a value (returned unchanged for now).",
            params(Param.nullable("value", Type.ANY)), returnsArg(0), args -> args.get(0)));
  }
}
