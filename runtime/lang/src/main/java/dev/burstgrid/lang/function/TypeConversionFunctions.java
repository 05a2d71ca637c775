package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.value.Type.ANY;

import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Types;
import dev.burstgrid.lang.value.Value;
import java.util.List;

/**
 * {@code tobool tolist tomap tonumber toset tostring}: explicit conversions with cty's rules.
 * Unknown values pass through the conversion, so {@code tolist([x, "a"])} keeps its shape.
 */
final class TypeConversionFunctions {
  private TypeConversionFunctions() {}

  static List<Function> all() {
    return List.of(
        to("tobool", Type.BOOL, "Converts a value to a bool."),
        to("tolist", new Type.ListOf(ANY), "Converts a value to a list."),
        to("tomap", new Type.MapOf(ANY), "Converts a value to a map."),
        to("tonumber", Type.NUMBER, "Converts a value to a number."),
        to("toset", new Type.SetOf(ANY), "Converts a value to a set."),
        to("tostring", Type.STRING, "Converts a value to a string."));
  }

  private static Function to(String name, Type want, String description) {
    return FunctionSpec.of(
        name,
        description,
        params(new Param("v", ANY, true, true)),
        types -> {
          Type result = Convert.resultType(types.get(0), want, true);
          if (result == null) {
            throw new FunctionException(0, cannotConvert(types.get(0), want));
          }
          return result;
        },
        args -> convert(args.get(0), want));
  }

  private static Value convert(Value v, Type want) throws FunctionException {
    try {
      return Conversions.convert(v, want);
    } catch (Conversions.Failure e) {
      if (v instanceof Value.Str s && want == Type.NUMBER) {
        throw new FunctionException(
            0,
            "cannot convert " + Json.encode(s) + " to number;"
                + " given string must be a decimal representation of a number.");
      }
      if (v instanceof Value.Str s && want == Type.BOOL) {
        throw new FunctionException(
            0,
            "cannot convert " + Json.encode(s) + " to bool;"
                + " only the strings \"true\" or \"false\" are allowed.");
      }
      if (Convert.resultType(v.type(), want, true) == null) {
        throw new FunctionException(0, cannotConvert(v.type(), want) + ".");
      }
      throw new FunctionException(0, e.getMessage() + ".");
    }
  }

  private static String cannotConvert(Type from, Type want) {
    return "cannot convert " + Types.describe(from) + " to " + Types.describe(want).replace(" of any value", "");
  }
}
