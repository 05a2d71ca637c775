package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;

/**
 * An HCL function ({@code upper}, {@code jsonencode}, …; pure unless {@link #isImpure}), callable at compile time by the
 * evaluator and at run time by generated code. Arguments arrive already converted to their
 * parameter types (cty conversion rules), the variadic ones to {@link #variadic()}'s type.
 */
public interface Function {

  String name();

  /** One line for docs and {@code did you mean} listings. */
  String description();

  List<Param> params();

  /** The trailing variadic parameter, or null. */
  Param variadic();

  /**
   * The result type for these argument types, for type-checking when some arguments are
   * unknown; {@link Type#ANY} when it depends on values.
   *
   * @throws FunctionException when the argument types are unacceptable
   */
  Type returnType(List<Type> argTypes) throws FunctionException;

  /**
   * Calls the function. Unknown arguments never reach here unless their parameter has
   * {@link Param#allowUnknown()}; the caller answers {@code unknown(returnType)} instead.
   * Known arguments with unknown parts reach here only if {@link #acceptsNestedUnknowns()}.
   *
   * @throws FunctionException for a bad argument value ({@code argIndex} says which) or a
   *     failure of the function itself ({@code argIndex == -1})
   */
  Value call(List<Value> args) throws FunctionException;

  /**
   * True when the function handles arguments that are known but hold unknown parts (a list
   * with an unknown element), so that, for example, {@code merge} keeps the known keys.
   * Otherwise any unknown part makes the result unknown before the function is called.
   */
  default boolean acceptsNestedUnknowns() {
    return false;
  }

  /**
   * True when the result differs from call to call (a clock, randomness): the compiler treats
   * the result as unknown, so it is computed by the run, never folded into generated code.
   */
  default boolean isImpure() {
    return false;
  }
}
