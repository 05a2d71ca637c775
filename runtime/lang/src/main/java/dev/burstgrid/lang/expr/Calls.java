package dev.burstgrid.lang.expr;

import dev.burstgrid.lang.function.Function;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.function.FunctionException;
import dev.burstgrid.lang.function.Functions;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Types;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Function calls for generated code: through {@link FunctionCalls#call} (arity, null checks,
 * argument conversion), with {@code f(xs...)} expansion, and the special forms {@code try} and
 * {@code can}, whose arguments are evaluated lazily.
 */
public final class Calls {
  private static final Map<String, Function> STANDARD = Functions.standard();

  private Calls() {}

  /**
   * A standard-library function, for a generated {@code static final} field.
   *
   * @throws IllegalArgumentException when there is no such function (a compiler bug)
   */
  public static Function function(String name) {
    Function f = STANDARD.get(name);
    if (f == null) {
      throw new IllegalArgumentException("no function named " + name);
    }
    return f;
  }

  /**
   * The elements an expanding last argument ({@code xs...}) stands for, or null when it is not
   * known yet.
   *
   * @throws ExprException for null or a value that is not a list, set or tuple
   */
  public static List<Value> expand(Value v) {
    if (v instanceof Value.Sensitive s) {
      List<Value> elements = expand(s.value());
      return elements == null ? null : elements.stream().map(Value::sensitive).toList();
    }
    if (v.isNull()) {
      throw new ExprException(
          "Invalid expanding argument value",
          "The expanding argument (indicated by ...) must not be null.");
    }
    Type t = v.type();
    if (!(t instanceof Type.ListOf
        || t instanceof Type.SetOf
        || t instanceof Type.TupleOf
        || t == Type.ANY)) {
      throw new ExprException(
          "Invalid expanding argument value",
          "The expanding argument (indicated by ...) must be a list, set or tuple, not "
              + Types.withArticle(t)
              + ".");
    }
    if (!v.isKnown()) {
      return null;
    }
    return v instanceof Value.ListValue l
        ? l.elements()
        : v instanceof Value.SetValue st ? st.elements() : ((Value.TupleValue) v).elements();
  }

  /** {@code f(args)} at {@code at} ({@code file:line:col}). */
  public static Value call(Function f, String at, Value... args) {
    try {
      return FunctionCalls.call(f, Arrays.asList(args));
    } catch (FunctionException e) {
      throw failure(f, e).at(at);
    }
  }

  /**
   * A function's failure as an expression failure: "Invalid function argument" when one argument is
   * to blame ({@link FunctionException#argIndex()}), else "Error in function call".
   */
  public static ExprException failure(Function f, FunctionException e) {
    if (e.argIndex() >= 0) {
      String msg = e.getMessage();
      return new ExprException("Invalid function argument", msg.endsWith(".") ? msg : msg + ".");
    }
    String prefix = "Call to function \"" + f.name() + "\" failed: ";
    String msg = e.getMessage() == null ? "" : e.getMessage();
    boolean named = msg.startsWith("Call to function") || msg.startsWith("Function \"");
    return new ExprException("Error in function call", named ? msg : prefix + msg);
  }

  /** {@code f(args...)}: the last argument's elements are the final arguments. */
  public static Value callExpanding(Function f, String at, Value... args) {
    List<Value> all = new ArrayList<>(Arrays.asList(args).subList(0, args.length - 1));
    List<Value> rest;
    try {
      rest = expand(args[args.length - 1]);
    } catch (ExprException e) {
      throw e.at(at);
    }
    if (rest == null) {
      return Value.unknown(Type.ANY);
    }
    all.addAll(rest);
    return call(f, at, all.toArray(new Value[0]));
  }

  /**
   * {@code try(a, b, …)}: the first alternative that evaluates without failing.
   *
   * @throws ExprException naming every failure when none succeeds
   */
  @SafeVarargs
  public static Value tryEach(String at, Supplier<Value>... alternatives) {
    StringBuilder errors = new StringBuilder();
    for (Supplier<Value> alternative : alternatives) {
      Outcome o = Outcome.of(alternative);
      if (!o.failed()) {
        return FunctionCalls.isWhollyKnown(o.value()) ? o.value() : Outcome.FAILED;
      }
      errors.append("\n- ").append(o.failure().describe());
    }
    throw new ExprException(
            "Invalid function argument", "No expression succeeded. The errors were:" + errors)
        .at(at);
  }

  /**
   * Fails at {@code at}: generated code for a part that can only fail (an unknown name), so that it
   * fails only when reached. Declared to return a value so it can stand anywhere.
   */
  public static Value fail(String summary, String detail, String at) {
    throw new ExprException(summary, detail).at(at);
  }

  /** {@code can(expr)}: whether {@code expr} evaluates without failing. */
  public static Value can(Supplier<Value> expr) {
    Outcome o = Outcome.of(expr);
    if (o.failed()) {
      return Value.FALSE;
    }
    return FunctionCalls.isWhollyKnown(o.value()) ? Value.TRUE : Value.unknown(Type.BOOL);
  }
}
