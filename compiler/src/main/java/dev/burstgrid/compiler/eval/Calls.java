package dev.burstgrid.compiler.eval;

import dev.burstgrid.compiler.diag.Diagnostic;
import dev.burstgrid.compiler.diag.Diagnostics;
import dev.burstgrid.compiler.diag.DidYouMean;
import dev.burstgrid.compiler.source.Range;
import dev.burstgrid.compiler.syntax.Expr;
import dev.burstgrid.lang.expr.ExprException;
import dev.burstgrid.lang.function.Function;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.function.FunctionException;
import dev.burstgrid.lang.function.Param;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Function calls (through {@link FunctionCalls#call}, the door generated code uses too): argument
 * expansion ({@code f(xs...)}), arity checks, conversion of each argument to its parameter's type,
 * and an unknown result (of the function's return type) when an argument is not known yet. {@code
 * try} and {@code can} are special forms built in here, because they must see the errors of
 * evaluating their arguments.
 */
final class Calls {
  private final Evaluator evaluator;
  private final Map<String, Function> functions;

  Calls(Evaluator evaluator, Map<String, Function> functions) {
    this.evaluator = evaluator;
    this.functions = functions;
  }

  Value evaluate(Expr.FunctionCall c, Scope s, Diagnostics d) {
    if (c.name().equals("try")) {
      return tryForm(c, s, d);
    }
    if (c.name().equals("can")) {
      return canForm(c, s, d);
    }
    Function f = functions.get(c.name());
    if (f == null) {
      Set<String> names = new TreeSet<>(functions.keySet());
      names.add("try");
      names.add("can");
      names.addAll(List.of("file", "fileexists", "templatefile"));
      d.error(
          "eval/unknown-function",
          c.nameRange(),
          "Call to unknown function",
          "There is no function named \"" + c.name() + "\"." + DidYouMean.phrase(c.name(), names));
      return Evaluator.FAILED;
    }
    List<Value> args = new ArrayList<>();
    List<Range> ranges = new ArrayList<>();
    if (!arguments(c, s, d, args, ranges)) {
      return Evaluator.FAILED;
    }
    if (!arity(c, f, args, ranges, d)) {
      return Evaluator.FAILED;
    }
    return call(c, f, args, ranges, d);
  }

  /** Evaluates (and expands) the arguments; false after an error or an unknown expansion. */
  private boolean arguments(
      Expr.FunctionCall c, Scope s, Diagnostics d, List<Value> args, List<Range> ranges) {
    int before = d.errorCount();
    boolean expandable = true;
    for (int i = 0; i < c.args().size(); i++) {
      Expr arg = c.args().get(i);
      Value v = evaluator.eval(arg, s, d);
      if (!c.expandFinal() || i < c.args().size() - 1) {
        args.add(v);
        ranges.add(arg.range());
        continue;
      }
      expandable = expand(arg, v, d, args, ranges);
    }
    return d.errorCount() == before && expandable;
  }

  private static boolean expand(
      Expr arg, Value v, Diagnostics d, List<Value> args, List<Range> ranges) {
    List<Value> items;
    try {
      items = dev.burstgrid.lang.expr.Calls.expand(v);
    } catch (ExprException e) {
      d.error("eval/invalid-expansion", arg.range(), e.summary(), e.getMessage());
      return false;
    }
    if (items == null) {
      return false;
    }
    for (Value item : items) {
      args.add(item);
      ranges.add(arg.range());
    }
    return true;
  }

  private static boolean arity(
      Expr.FunctionCall c, Function f, List<Value> args, List<Range> ranges, Diagnostics d) {
    List<Param> params = f.params();
    if (args.size() < params.size()) {
      Param missing = params.get(args.size());
      d.error(
          "eval/argument-count",
          c.closeParen(),
          "Not enough function arguments",
          "Function \""
              + c.name()
              + "\" expects "
              + expected(f)
              + ". Missing value for \""
              + missing.name()
              + "\".");
      return false;
    }
    if (f.variadic() == null && args.size() > params.size()) {
      d.error(
          "eval/argument-count",
          ranges.get(params.size()),
          "Too many function arguments",
          "Function \"" + c.name() + "\" expects only " + expected(f) + ".");
      return false;
    }
    return true;
  }

  private static String expected(Function f) {
    int n = f.params().size();
    String count = n + (n == 1 ? " argument" : " arguments");
    return f.variadic() == null ? count : "at least " + count;
  }

  /** Calls through the run-time door, so compile time and run time agree. */
  private static Value call(
      Expr.FunctionCall c, Function f, List<Value> args, List<Range> ranges, Diagnostics d) {
    try {
      if (f.isImpure()) { // a clock or randomness: its value is the run's to draw
        return Value.unknown(FunctionCalls.returnType(f, args.stream().map(Value::type).toList()));
      }
      return FunctionCalls.call(f, args);
    } catch (FunctionException e) {
      ExprException x = dev.burstgrid.lang.expr.Calls.failure(f, e);
      if (e.argIndex() >= 0 && e.argIndex() < ranges.size()) {
        d.add(
            Diagnostic.error(
                    "eval/invalid-argument", ranges.get(e.argIndex()), x.summary(), x.getMessage())
                .withContext(c.range()));
      } else {
        d.error("eval/function-failed", c.range(), x.summary(), x.getMessage());
      }
      return Evaluator.FAILED;
    }
  }

  /** {@code try(a, b, …)}: the first argument that evaluates without error. */
  private Value tryForm(Expr.FunctionCall c, Scope s, Diagnostics d) {
    if (c.args().isEmpty() || c.expandFinal()) {
      d.error(
          "eval/argument-count",
          c.range(),
          "Invalid function call",
          "Function \"try\" takes one or more expressions, given directly (not expanded with"
              + " ...).");
      return Evaluator.FAILED;
    }
    StringBuilder errors = new StringBuilder();
    for (Expr arg : c.args()) {
      Diagnostics own = new Diagnostics();
      Value v = evaluator.eval(arg, s, own);
      if (!own.hasErrors()) {
        return FunctionCalls.isWhollyKnown(v) ? v : Evaluator.FAILED;
      }
      for (Diagnostic diag : own.all()) {
        if (diag.isError()) {
          errors.append("\n- ").append(diag.oneLine());
        }
      }
    }
    d.error(
        "eval/try-failed",
        c.range(),
        "Invalid function argument",
        "No expression succeeded. The errors were:" + errors);
    return Evaluator.FAILED;
  }

  /** {@code can(expr)}: whether {@code expr} evaluates without error. */
  private Value canForm(Expr.FunctionCall c, Scope s, Diagnostics d) {
    if (c.args().size() != 1 || c.expandFinal()) {
      d.error(
          "eval/argument-count",
          c.range(),
          "Invalid function call",
          "Function \"can\" takes exactly one expression.");
      return Value.unknown(Type.BOOL);
    }
    Diagnostics own = new Diagnostics();
    Value v = evaluator.eval(c.args().get(0), s, own);
    if (own.hasErrors()) {
      return Value.FALSE;
    }
    return FunctionCalls.isWhollyKnown(v) ? Value.TRUE : Value.unknown(Type.BOOL);
  }
}
