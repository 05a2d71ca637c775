package dev.burstgrid.lang.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.burstgrid.lang.value.Json;
import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run-time expression rules as generated code calls them. */
class ExprRulesTest {
  private static final Value ONE = Value.number(1);
  private static final Value TWO = Value.number(2);

  private static Value list(Value... items) {
    return Consts.list(Type.NUMBER, items);
  }

  @Test
  void theInnermostLocationWins() {
    ExprException e = new ExprException("Bad", "detail.").at("a.hcl:2:3").at("a.hcl:1:1");
    assertThat(e.location()).isEqualTo("a.hcl:2:3");
    assertThat(e.describe()).isEqualTo("a.hcl:2:3: Bad; detail.");
  }

  @Test
  void templatesConvertValuesAndRejectNull() {
    assertThat(Templates.value(Templates.join("n=", Templates.interpolate(ONE, "t:1:1"))))
        .isEqualTo(Value.string("n=1"));
    assertThat(Templates.value(Templates.join("a", null))).isEqualTo(Value.unknown(Type.STRING));
    assertThatThrownBy(() -> Templates.interpolate(Value.nullOf(Type.STRING), "t:1:5"))
        .isInstanceOf(ExprException.class)
        .hasMessageContaining("Cannot include a null value");
    assertThat(
            Templates.forEach(list(ONE, TWO), "t:1:1", (k, v) -> k.toString().isEmpty() ? "" : "x"))
        .isEqualTo("xx");
  }

  @Test
  void splatsKeepListsAndWrapSingleValues() {
    assertThat(Splats.apply(list(ONE, TWO), v -> Operators.add(v, ONE, "s")))
        .isEqualTo(list(TWO, Value.number(3)));
    assertThat(Splats.apply(ONE, v -> v)).isEqualTo(Consts.tuple(ONE));
    assertThat(Splats.apply(Value.nullOf(Type.ANY), v -> v)).isEqualTo(Consts.tuple());
  }

  @Test
  void forExpressionsFilterGroupAndRejectDuplicates() {
    Value coll = Consts.tuple(Value.string("a"), Value.string("b"), Value.string("a"));
    assertThat(
            ForExprs.tuple(
                coll, "f", (k, v) -> v, (k, v) -> Value.bool(!v.equals(Value.string("b")))))
        .isEqualTo(Consts.tuple(Value.string("a"), Value.string("a")));
    assertThat(Json.encode(ForExprs.object(coll, "f", (k, v) -> v, (k, v) -> k, null, true)))
        .isEqualTo("{\"a\":[0,2],\"b\":[1]}");
    assertThatThrownBy(() -> ForExprs.object(coll, "f:1:1", (k, v) -> v, (k, v) -> k, null, false))
        .isInstanceOf(ExprException.class)
        .extracting(e -> ((ExprException) e).describe())
        .asString()
        .startsWith("f:1:1: Duplicate object key;");
  }

  @Test
  void conditionalsIgnoreTheFailingBranchNotChosenAndUnifyTypes() {
    assertThat(
            Conditionals.choose(
                Value.TRUE,
                () -> ONE,
                () -> {
                  throw new ExprException("Boom", "x");
                },
                "c"))
        .isEqualTo(ONE);
    assertThat(Conditionals.choose(Value.TRUE, () -> ONE, () -> Value.string("a"), "c"))
        .isEqualTo(Value.string("1"));
    assertThatThrownBy(
            () -> Conditionals.choose(Value.nullOf(Type.BOOL), () -> ONE, () -> TWO, "c:1:1"))
        .hasMessageContaining("null");
  }

  @Test
  void logicShortCircuitsOnTheDecidingValue() {
    assertThat(
            Operators.and(
                () -> {
                  throw new ExprException("Boom", "x");
                },
                () -> Value.FALSE,
                "l"))
        .isEqualTo(Value.FALSE);
    assertThatThrownBy(() -> Operators.or(() -> ONE, () -> Value.TRUE, "l:1:1"))
        .hasMessageContaining("a bool is required");
  }

  @Test
  void callsExpandTryAndCan() {
    assertThat(Calls.callExpanding(Calls.function("max"), "c", list(ONE, TWO))).isEqualTo(TWO);
    assertThat(Calls.tryEach("c", () -> Traversals.attr(ONE, "x", "c:1:5"), () -> TWO))
        .isEqualTo(TWO);
    assertThat(Calls.can(() -> Traversals.index(list(ONE), TWO, "c"))).isEqualTo(Value.FALSE);
    assertThatThrownBy(() -> Calls.call(Calls.function("upper"), "c:1:1", ONE, TWO))
        .isInstanceOf(ExprException.class);
  }

  @Test
  void objectsRejectDuplicateAndNullKeys() {
    assertThat(Structures.object("o", Value.string("a"), ONE, TWO, TWO))
        .isEqualTo(Consts.object(Value.string("2"), TWO, Value.string("a"), ONE));
    assertThatThrownBy(() -> Structures.object("o", Value.string("a"), ONE, Value.string("a"), TWO))
        .hasMessageContaining("already defined");
    assertThatThrownBy(() -> Structures.object("o", Value.nullOf(Type.STRING), ONE))
        .hasMessageContaining("null");
  }

  @Test
  void constsConcatenateArrays() {
    assertThat(Consts.tuple(Consts.concat(new Value[] {ONE}, new Value[] {TWO})))
        .isEqualTo(Consts.tuple(ONE, TWO));
  }
}
