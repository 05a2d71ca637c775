package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.n;
import static dev.burstgrid.lang.function.FunctionCase.s;
import static dev.burstgrid.lang.function.FunctionCase.tup;
import static dev.burstgrid.lang.function.FunctionSpec.params;
import static dev.burstgrid.lang.function.FunctionSpec.returns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionCallsTest {
  private static final List<List<Value>> seen = new ArrayList<>();

  private static final Function PAD =
      FunctionSpec.variadic(
          "pad",
          "Test function.",
          params(Param.of("str", Type.STRING), Param.of("width", Type.NUMBER)),
          Param.of("extra", Type.STRING),
          returns(Type.STRING),
          args -> {
            seen.add(args);
            if (Args.num(args, 1).signum() < 0) {
              throw new FunctionException(1, "must not be negative");
            }
            return Value.string("ok");
          });

  private static Value call(Function f, Value... args) throws FunctionException {
    return FunctionCalls.call(f, List.of(args));
  }

  @Test
  void tooFewArguments() {
    assertThatThrownBy(() -> call(PAD, s("a")))
        .isInstanceOf(FunctionException.class)
        .hasMessage("Function \"pad\" expects at least 2 argument(s). Missing value for \"width\".")
        .extracting(e -> ((FunctionException) e).argIndex())
        .isEqualTo(-1);
    Function upper = Functions.standard().get("upper");
    assertThatThrownBy(() -> call(upper))
        .hasMessage("Function \"upper\" expects 1 argument(s). Missing value for \"str\".");
  }

  @Test
  void tooManyArguments() {
    Function upper = Functions.standard().get("upper");
    assertThatThrownBy(() -> call(upper, s("a"), s("b")))
        .hasMessage("Function \"upper\" expects only 1 argument(s).");
  }

  @Test
  void variadicArgumentsAreConvertedToTheVariadicType() throws Exception {
    seen.clear();
    assertThat(call(PAD, s("a"), s("3"), n(1), Value.TRUE)).isEqualTo(s("ok"));
    assertThat(seen.get(0)).containsExactly(s("a"), n(3), s("1"), s("true"));
  }

  @Test
  void nullIsRejectedUnlessAllowed() throws Exception {
    assertThatThrownBy(() -> call(PAD, Value.nullOf(Type.STRING), n(1)))
        .hasMessage("Invalid value for \"str\" parameter: argument must not be null.")
        .extracting(e -> ((FunctionException) e).argIndex())
        .isEqualTo(0);
    Function jsonencode = Functions.standard().get("jsonencode");
    assertThat(call(jsonencode, Value.nullOf(Type.ANY))).isEqualTo(s("null"));
  }

  @Test
  void conversionFailureNamesTheParameter() {
    assertThatThrownBy(() -> call(PAD, s("a"), s("wide")))
        .hasMessage("Invalid value for \"width\" parameter: a number is required.")
        .extracting(e -> ((FunctionException) e).argIndex())
        .isEqualTo(1);
    assertThatThrownBy(() -> call(PAD, s("a"), n(1), tup()))
        .hasMessage("Invalid value for \"extra\" parameter: string required.")
        .extracting(e -> ((FunctionException) e).argIndex())
        .isEqualTo(2);
  }

  @Test
  void functionErrorsNameTheParameter() {
    assertThatThrownBy(() -> call(PAD, s("a"), n(-1)))
        .hasMessage("Invalid value for \"width\" parameter: must not be negative")
        .extracting(e -> ((FunctionException) e).argIndex())
        .isEqualTo(1);
  }

  @Test
  void unknownArgumentsGiveAnUnknownResultWithoutCalling() throws Exception {
    seen.clear();
    assertThat(call(PAD, Value.unknown(Type.STRING), n(1))).isEqualTo(Value.unknown(Type.STRING));
    assertThat(call(PAD, s("a"), Value.unknown(Type.ANY))).isEqualTo(Value.unknown(Type.STRING));
    assertThat(seen).isEmpty();
    Function join = Functions.standard().get("join");
    Value partly = new Value.ListValue(Type.STRING, List.of(Value.unknown(Type.STRING)));
    assertThat(call(join, s(","), partly)).isEqualTo(Value.unknown(Type.STRING));
  }

  @Test
  void structuralFunctionsKeepKnownParts() throws Exception {
    Value x = Value.unknown(Type.STRING);
    Value merged =
        call(
            Functions.standard().get("merge"),
            FunctionCase.obj("a", x),
            FunctionCase.obj("b", n(1)));
    assertThat(merged).isEqualTo(FunctionCase.obj("a", x, "b", n(1)));
    assertThat(call(Functions.standard().get("keys"), FunctionCase.obj("a", x)))
        .isEqualTo(tup(s("a")));
    assertThat(call(Functions.standard().get("concat"), tup(x), tup(s("b"))))
        .isEqualTo(tup(x, s("b")));
    assertThat(call(Functions.standard().get("zipmap"), tup(x), tup(n(1))))
        .isEqualTo(Value.unknown(Type.ANY));
    // Functions that compute with the elements still need all of them.
    assertThat(call(Functions.standard().get("sort"), tup(x, s("a"))))
        .isEqualTo(Value.unknown(new Type.ListOf(Type.STRING)));
    assertThat(call(Functions.standard().get("jsonencode"), tup(x)))
        .isEqualTo(Value.unknown(Type.STRING));
  }

  @Test
  void lengthSeesThroughUnknownElements() throws Exception {
    Function length = Functions.standard().get("length");
    assertThat(call(length, tup(Value.unknown(Type.STRING), s("a")))).isEqualTo(n(2));
    assertThat(call(length, Value.unknown(new Type.ListOf(Type.STRING))))
        .isEqualTo(Value.unknown(Type.NUMBER));
  }

  @Test
  void coalesceStopsAtTheFirstUnknown() throws Exception {
    Function coalesce = Functions.standard().get("coalesce");
    assertThat(call(coalesce, s("a"), Value.unknown(Type.STRING))).isEqualTo(s("a"));
    assertThat(call(coalesce, Value.unknown(Type.STRING), s("a")))
        .isEqualTo(Value.unknown(Type.STRING));
  }

  @Test
  void runtimeFailuresBecomeFunctionExceptions() {
    Function broken =
        FunctionSpec.of(
            "broken", "Test.", params(), returns(Type.STRING), args -> {
              throw new IllegalStateException("boom");
            });
    assertThatThrownBy(() -> call(broken)).hasMessage("Call to function \"broken\" failed: boom");
  }
}
