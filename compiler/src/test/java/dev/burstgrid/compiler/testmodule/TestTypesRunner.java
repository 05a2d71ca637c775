package dev.burstgrid.compiler.testmodule;

import dev.burstgrid.lang.value.Value;
import dev.burstgrid.runtime.spi.Doc;
import dev.burstgrid.runtime.spi.Kind;
import dev.burstgrid.runtime.spi.OptionalArg;
import dev.burstgrid.runtime.spi.RunContext;
import dev.burstgrid.runtime.spi.Runner;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A component of every Java type generated code converts to and from HCL values, returned as its
 * output, so that one golden grid exercises every conversion of the generated-code API.
 */
@Kind(name = "test_types", doc = "Returns its arguments, one of each convertible type (compiler tests only).")
public final class TestTypesRunner implements Runner<TestTypesRunner.All, TestTypesRunner.All> {

  @Doc("One argument per convertible type; every one has a default or is optional.")
  public record All(
      @Doc("string") @OptionalArg String text,
      @Doc("duration") @OptionalArg Duration pause,
      @Doc("int") int small,
      @Doc("Integer") @OptionalArg Integer smallOrNull,
      @Doc("long") long whole,
      @Doc("Long") @OptionalArg Long wholeOrNull,
      @Doc("double") double real,
      @Doc("Double") @OptionalArg Double realOrNull,
      @Doc("boolean") boolean flag,
      @Doc("Boolean") @OptionalArg Boolean flagOrNull,
      @Doc("BigDecimal") @OptionalArg BigDecimal decimal,
      @Doc("BigInteger") @OptionalArg BigInteger integer,
      @Doc("any value") @OptionalArg Value anything,
      @Doc("list") @OptionalArg List<String> list,
      @Doc("set") @OptionalArg Set<Long> set,
      @Doc("map") @OptionalArg Map<String, Double> map,
      @Doc("nested record") @OptionalArg TestEchoRunner.Limits limits,
      @Doc("nested record of required primitives") @OptionalArg Pair pair) {

    public static final All DEFAULTS = new All(null, null, 1, null, 2L, null, 0.5, null, true, null, null, null, null,
        null, null, null, null, null);
  }

  @Doc("Required primitives inside a record: converted without a default to fall back on.")
  public record Pair(@Doc("double") double ratio, @Doc("boolean") boolean on) {}

  @Override
  public All run(All input, RunContext context) {
    return input;
  }
}
