package dev.burstgrid.lang.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.lang.value.Convert;
import dev.burstgrid.lang.value.ConversionException;
import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One row of a function test table: a call of a standard function and either the JSON of
 * the expected result or a fragment of the expected error message.
 */
record FunctionCase(String function, List<Value> args, String expectJson, String expectError) {

  static Arguments ok(String expectJson, String function, Value... args) {
    return row(new FunctionCase(function, List.of(args), expectJson, null));
  }

  static Arguments err(String expectError, String function, Value... args) {
    return row(new FunctionCase(function, List.of(args), null, expectError));
  }

  private static Arguments row(FunctionCase c) {
    return Arguments.of(c.toString(), c);
  }

  void check() throws FunctionException {
    if (expectError == null) {
      assertThat(Json.encode(call(function, args.toArray(new Value[0])))).isEqualTo(expectJson);
    } else {
      assertThatThrownBy(() -> call(function, args.toArray(new Value[0])))
          .isInstanceOf(FunctionException.class)
          .hasMessageContaining(expectError);
    }
  }

  @Override
  public String toString() {
    return function
        + "("
        + args.stream().map(FunctionCase::show).collect(Collectors.joining(", "))
        + ")";
  }

  private static String show(Value v) {
    if (!FunctionCalls.isWhollyKnown(v)) {
      return "(unknown " + v.type().friendlyName() + ")";
    }
    return Json.encode(v);
  }

  // ---- value builders ----

  static Value call(String function, Value... args) throws FunctionException {
    Function f = Functions.standard().get(function);
    assertThat(f).as("function " + function).isNotNull();
    return FunctionCalls.call(f, List.of(args));
  }

  static Value s(String s) {
    return Value.string(s);
  }

  static Value n(long n) {
    return Value.number(n);
  }

  static Value n(String decimal) {
    return Value.number(new BigDecimal(decimal));
  }

  static Value b(boolean b) {
    return Value.bool(b);
  }

  /** A tuple, as an HCL bracket literal produces. */
  static Value tup(Value... items) {
    return new Value.TupleValue(Arrays.asList(items));
  }

  static Value list(Value... items) {
    return to(tup(items), new Type.ListOf(Type.ANY));
  }

  static Value listOf(Type element, Value... items) {
    return new Value.ListValue(element, Arrays.asList(items));
  }

  static Value set(Value... items) {
    return to(tup(items), new Type.SetOf(Type.ANY));
  }

  /** An object, as an HCL brace literal produces: key, value, key, value … */
  static Value obj(Object... kv) {
    return Value.ObjectValue.of(pairs(kv));
  }

  static Value map(Object... kv) {
    return to(obj(kv), new Type.MapOf(Type.ANY));
  }

  static Value json(String text) {
    try {
      return Json.decode(text);
    } catch (Json.JsonException e) {
      throw new AssertionError(e);
    }
  }

  static Value nul(Type t) {
    return Value.nullOf(t);
  }

  static Value unknown(Type t) {
    return Value.unknown(t);
  }

  private static Map<String, Value> pairs(Object... kv) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Value) kv[i + 1]);
    }
    return m;
  }

  private static Value to(Value v, Type t) {
    try {
      return Convert.to(v, t);
    } catch (ConversionException e) {
      throw new AssertionError(e);
    }
  }
}
