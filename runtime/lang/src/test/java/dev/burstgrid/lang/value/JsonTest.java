package dev.burstgrid.lang.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void encodesCompactWithSortedKeys() {
    Value v =
        Value.ObjectValue.of(
            Map.of(
                "b", Value.number(new BigDecimal("1.50")),
                "a", new Value.TupleValue(List.of(Value.string("x\"<"), Value.TRUE, Value.nullOf(Type.ANY)))));
    assertThat(Json.encode(v)).isEqualTo("{\"a\":[\"x\\\"<\",true,null],\"b\":1.5}");
    assertThat(Json.encodeHtmlSafe(v)).isEqualTo("{\"a\":[\"x\\\"\\u003c\",true,null],\"b\":1.5}");
  }

  @Test
  void formatsNumbersWithoutExponent() {
    assertThat(Json.formatNumber(new BigDecimal("1e3"))).isEqualTo("1000");
    assertThat(Json.formatNumber(new BigDecimal("0.010"))).isEqualTo("0.01");
  }

  @Test
  void decodesWithTypeInference() throws Exception {
    Value v = Json.decode(" {\"n\": -1.5e2, \"l\": [1, \"a\"], \"s\": \"\\u00e9\\n\", \"z\": null} ");
    Value.ObjectValue o = (Value.ObjectValue) v;
    assertThat(o.attributes().get("n")).isEqualTo(Value.number(-150));
    assertThat(o.attributes().get("l")).isInstanceOf(Value.TupleValue.class);
    assertThat(o.attributes().get("s")).isEqualTo(Value.string("é\n"));
    assertThat(o.attributes().get("z").isNull()).isTrue();
  }

  @Test
  void rejectsMalformedJsonWithOffset() {
    assertThatThrownBy(() -> Json.decode("{\"a\": }"))
        .isInstanceOf(Json.JsonException.class)
        .hasMessageContaining("offset 6");
    assertThatThrownBy(() -> Json.decode("[1] x")).isInstanceOf(Json.JsonException.class);
    assertThatThrownBy(() -> Json.decode("[".repeat(10_000))).isInstanceOf(Json.JsonException.class);
  }
}
