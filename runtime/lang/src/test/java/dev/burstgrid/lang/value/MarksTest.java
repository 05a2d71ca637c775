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
}
