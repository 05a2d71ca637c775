package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returnsArg;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;

/**
 * {@code sensitive(x)} and {@code nonsensitive(x)}, as Terraform names them: the first marks its
 * value sensitive ({@link Value.Sensitive}), the second returns it with every mark removed
 * ({@link FunctionCalls} hands functions unmarked arguments, and does not mark this one's result).
 */
final class SensitivityFunctions {
  static final String NONSENSITIVE = "nonsensitive";

  private SensitivityFunctions() {}

  static List<Function> all() {
    return List.of(
        FunctionSpec.of("sensitive", "Marks a value as sensitive: it is shown as (sensitive value).",
            params(Param.nullable("value", Type.ANY)), returnsArg(0), args -> Value.sensitive(args.get(0))),
        FunctionSpec.of(NONSENSITIVE, "Removes the sensitive mark of a value and of its parts.",
            params(Param.nullable("value", Type.ANY)), returnsArg(0), args -> args.get(0)));
  }

  /** Whether {@code f} returns its argument without marks. */
  static boolean removesMarks(Function f) {
    return f.name().equals(NONSENSITIVE);
  }
}
