package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.Marks;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Calls a {@link Function} the way HCL does: checks the number of arguments, rejects nulls,
 * converts each argument to its parameter's type, and answers an unknown result for unknown
 * arguments. The evaluator and generated code both call functions only through here.
 */
public final class FunctionCalls {
  private FunctionCalls() {}

  /**
   * Calls {@code f} with {@code args}.
   *
   * @throws FunctionException with a user-facing message; {@code argIndex} names the argument
   *     at fault, or is -1 (wrong number of arguments, or a failure of the function itself)
   */
  public static Value call(Function f, List<Value> args) throws FunctionException {
    // Functions see plain values; their result is sensitive when any argument had a mark
    // (nonsensitive excepted: removing marks is its job).
    boolean marked = false;
    List<Value> plain = new ArrayList<>(args.size());
    for (Value a : args) {
      boolean m = Marks.containsMark(a);
      marked |= m;
      plain.add(m ? Marks.unmarkDeep(a) : a);
    }
    if (!marked) {
      return callUnmarked(f, plain);
    }
    Value result;
    try {
      result = callUnmarked(f, plain);
    } catch (FunctionException e) {
      // its message may quote an argument: not a marked one
      Set<String> hidden = new LinkedHashSet<>();
      args.forEach(a -> hidden.addAll(Marks.markedTexts(a)));
      throw new FunctionException(e.argIndex(), Marks.hide(e.getMessage(), hidden));
    }
    return SensitivityFunctions.removesMarks(f) ? result : Value.sensitive(result);
  }

  private static Value callUnmarked(Function f, List<Value> args) throws FunctionException {
    checkArity(f, args.size());
    List<Value> converted = new ArrayList<>(args.size());
    boolean unknown = false;
    for (int i = 0; i < args.size(); i++) {
      Param p = paramAt(f, i);
      Value v = convertArg(p, i, args.get(i));
      converted.add(v);
      boolean unknownHere = f.acceptsNestedUnknowns() ? !v.isKnown() : !isWhollyKnown(v);
      if (!p.allowUnknown() && unknownHere) {
        unknown = true;
      }
    }
    // As cty does, the type rule runs first: it rejects unacceptable argument types.
    Type result = resultTypeOf(f, converted);
    if (unknown) {
      return Value.unknown(result);
    }
    try {
      return f.call(List.copyOf(converted));
    } catch (FunctionException e) {
      throw withParamName(f, e);
    } catch (RuntimeException e) {
      // A function bug must not surface as a stack trace in a user's grid.
      String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      throw new FunctionException("Call to function \"" + f.name() + "\" failed: " + why);
    }
  }

  /** The result type for these argument types; checks arity first. */
  public static Type returnType(Function f, List<Type> argTypes) throws FunctionException {
    checkArity(f, argTypes.size());
    return withParamNameThrowing(f, argTypes);
  }

  /** The parameter that argument {@code index} binds to (the variadic one past the fixed). */
  public static Param paramAt(Function f, int index) {
    return index < f.params().size() ? f.params().get(index) : f.variadic();
  }

  /** True when {@code v} and everything inside it is known. */
  public static boolean isWhollyKnown(Value v) {
    return v.isWhollyKnown();
  }

  private static Type withParamNameThrowing(Function f, List<Type> argTypes)
      throws FunctionException {
    try {
      return f.returnType(argTypes);
    } catch (FunctionException e) {
      throw withParamName(f, e);
    }
  }

  private static Type resultTypeOf(Function f, List<Value> args) throws FunctionException {
    List<Type> types = new ArrayList<>(args.size());
    for (Value v : args) {
      types.add(v.type());
    }
    return withParamNameThrowing(f, types);
  }

  private static void checkArity(Function f, int count) throws FunctionException {
    int fixed = f.params().size();
    if (count < fixed) {
      String at = f.variadic() == null ? "" : "at least ";
      throw new FunctionException(
          String.format(
              "Function \"%s\" expects %s%d argument(s). Missing value for \"%s\".",
              f.name(), at, fixed, f.params().get(count).name()));
    }
    if (count > fixed && f.variadic() == null) {
      throw new FunctionException(
          String.format("Function \"%s\" expects only %d argument(s).", f.name(), fixed));
    }
  }

  private static Value convertArg(Param p, int index, Value v) throws FunctionException {
    if (v.isNull() && !p.allowNull()) {
      throw new FunctionException(index, invalid(p, "argument must not be null."));
    }
    try {
      return Conversions.convert(v, p.type());
    } catch (Conversions.Failure e) {
      throw new FunctionException(index, invalid(p, e.getMessage() + "."));
    }
  }

  private static FunctionException withParamName(Function f, FunctionException e) {
    if (e.argIndex() < 0) {
      return e;
    }
    Param p = paramAt(f, e.argIndex());
    if (p == null || e.getMessage().startsWith("Invalid value for ")) {
      return e;
    }
    return new FunctionException(e.argIndex(), invalid(p, e.getMessage()));
  }

  private static String invalid(Param p, String detail) {
    return "Invalid value for \"" + p.name() + "\" parameter: " + detail;
  }
}
