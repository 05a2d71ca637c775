package dev.burstgrid.lang.function;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Function} assembled from its parts, so that each standard function is a few
 * lines: {@code FunctionSpec.of("upper", "…", params(Param.of("str", STRING)), returns(STRING),
 * args -> …)}.
 */
public final class FunctionSpec implements Function {

  /** The body of a function; arguments are already checked and converted. */
  @FunctionalInterface
  public interface Impl {
    Value call(List<Value> args) throws FunctionException;
  }

  /** Computes the result type from the argument types. */
  @FunctionalInterface
  public interface TypeRule {
    Type returnType(List<Type> argTypes) throws FunctionException;
  }

  private final String name;
  private final String description;
  private final List<Param> params;
  private final Param variadic;
  private final TypeRule typeRule;
  private final Impl impl;
  private final boolean nestedUnknowns;
  private final boolean impure;

  private FunctionSpec(
      String name,
      String description,
      List<Param> params,
      Param variadic,
      TypeRule typeRule,
      Impl impl,
      boolean nestedUnknowns,
      boolean impure) {
    this.nestedUnknowns = nestedUnknowns;
    this.impure = impure;
    this.name = Objects.requireNonNull(name);
    this.description = Objects.requireNonNull(description);
    this.params = List.copyOf(params);
    this.variadic = variadic;
    this.typeRule = Objects.requireNonNull(typeRule);
    this.impl = Objects.requireNonNull(impl);
  }

  /** A function with fixed parameters. */
  public static FunctionSpec of(
      String name, String description, List<Param> params, TypeRule returns, Impl impl) {
    return new FunctionSpec(name, description, params, null, returns, impl, false, false);
  }

  /** A function whose last parameter repeats zero or more times. */
  public static FunctionSpec variadic(
      String name, String description, List<Param> params, Param variadic, TypeRule returns, Impl impl) {
    return new FunctionSpec(
        name, description, params, Objects.requireNonNull(variadic), returns, impl, false, false);
  }

  /** This function, handling known arguments with unknown parts itself. */
  public FunctionSpec acceptingNestedUnknowns() {
    return new FunctionSpec(name, description, params, variadic, typeRule, impl, true, impure);
  }

  /** This function, whose result differs between calls: the compiler leaves it to the run. */
  public FunctionSpec impure() {
    return new FunctionSpec(name, description, params, variadic, typeRule, impl, nestedUnknowns, true);
  }

  @Override
  public boolean acceptsNestedUnknowns() {
    return nestedUnknowns;
  }

  @Override
  public boolean isImpure() {
    return impure;
  }

  public static List<Param> params(Param... params) {
    return List.of(params);
  }

  /** A result type that does not depend on the arguments. */
  public static TypeRule returns(Type type) {
    return argTypes -> type;
  }

  /** The result type is the type of argument {@code index}. */
  public static TypeRule returnsArg(int index) {
    return argTypes -> argTypes.get(index);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Param> params() {
    return params;
  }

  @Override
  public Param variadic() {
    return variadic;
  }

  @Override
  public Type returnType(List<Type> argTypes) throws FunctionException {
    return typeRule.returnType(argTypes);
  }

  /** Runs the type rule first, so that every caller gets its checks of argument kinds. */
  @Override
  public Value call(List<Value> args) throws FunctionException {
    List<Type> types = new java.util.ArrayList<>(args.size());
    for (Value v : args) {
      types.add(v.type());
    }
    typeRule.returnType(types);
    return impl.call(args);
  }

  @Override
  public String toString() {
    return name + "()";
  }
}
