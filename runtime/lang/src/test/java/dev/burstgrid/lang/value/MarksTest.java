package dev.burstgrid.lang.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.expr.Operators;
import dev.burstgrid.lang.expr.Traversals;
import dev.burstgrid.lang.function.FunctionCalls;
import dev.burstgrid.lang.function.Functions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarksTest {
  private static final Value SECRET = Value.sensitive(Value.string("s3cret"));

  @Test
  void operationsAndFunctionsMarkWhatTheyDeriveFromAMarkedValue() throws Exception {
    assertThat(Operators.equal(SECRET, Value.string("x"))).isEqualTo(Value.sensitive(Value.FALSE));
    Value upper = FunctionCalls.call(Functions.standard().get("upper"), List.of(SECRET));
    assertThat(upper).isEqualTo(Value.sensitive(Value.string("S3CRET")));
    Value open = FunctionCalls.call(Functions.standard().get("nonsensitive"), List.of(upper));
    assertThat(open).isEqualTo(Value.string("S3CRET"));
  }

  @Test
  void aCollectionKeepsThePartsMarksApartAndDisplayMasksThem() {
    Value obj = Value.ObjectValue.of(Map.of("auth", SECRET, "user", Value.string("ann")));
    assertThat(Json.display(obj)).isEqualTo("{\"auth\":\"(sensitive value)\",\"user\":\"ann\"}");
    assertThat(Json.encode(obj)).isEqualTo("{\"auth\":\"s3cret\",\"user\":\"ann\"}");
    assertThat(Traversals.attr(obj, "user", "g.hcl:1:1")).isEqualTo(Value.string("ann"));
    assertThat(Marks.isMarked(Traversals.attr(Value.sensitive(obj), "user", "g.hcl:1:1"))).isTrue();
    assertThat(Marks.containsMark(Marks.unmarkDeep(obj))).isFalse();
  }

  @Test
  void aCollectionKnowsWhenBuiltWhetherItHoldsAMark() {
    Value plain = new Value.ListValue(Type.STRING, List.of(Value.string("a"), Value.string("b")));
    Value nested = new Value.TupleValue(List.of(plain, Value.ObjectValue.of(Map.of("k", SECRET))));
    assertThat(Marks.containsMark(plain)).isFalse();
    assertThat(Marks.containsMark(nested)).isTrue();
    assertThat(Marks.containsMark(Marks.unmarkDeep(nested))).isFalse();
    assertThat(new Value.TupleValue(List.of(Value.unknown(Type.STRING))).isWhollyKnown()).isFalse();
    assertThat(nested.isWhollyKnown()).isTrue();
  }

  @Test
  void onlyTheMarkedPartsTextIsSecret() {
    Value obj = Value.ObjectValue.of(Map.of("auth", SECRET, "user", Value.string("ann"),
        "pins", Value.sensitive(new Value.TupleValue(List.of(Value.number(1234), Value.string("x"))))));
    assertThat(Marks.markedTexts(obj)).containsExactlyInAnyOrder("s3cret", "1234", "x");
  }

  @Test
  void aFailingFunctionDoesNotQuoteAMarkedArgument() {
    Value word = Value.sensitive(Value.string("Abcdefg99"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> FunctionCalls.call(Functions.standard().get("tonumber"), List.of(word)))
        .hasMessageContaining("cannot convert \"(sensitive value)\" to number")
        .hasMessageNotContaining("Abcdefg99");
  }
}
