package dev.burstgrid.lang.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OperationsTest {
  interface Op {
    Value apply(Value a, Value b) throws OperationException;
  }

  static Value v(String json) {
    return ConvertTest.json(json);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("0.1", (Op) Operations::add, "0.2", "0.3"),
        Arguments.of("\"5\"", (Op) Operations::add, "1", "6"),
        Arguments.of("1", (Op) Operations::divide, "10", "0.1"),
        Arguments.of("1", (Op) Operations::divide, "4", "0.25"),
        Arguments.of("11", (Op) Operations::modulo, "5.1", "0.8"),
        Arguments.of("-7", (Op) Operations::modulo, "3", "-1"),
        Arguments.of("2", (Op) Operations::lessThan, "3", "true"),
        Arguments.of("3", (Op) Operations::greaterThanOrEqual, "3", "true"),
        Arguments.of("1", (Op) Operations::equal, "1.0", "true"),
        Arguments.of("1", (Op) Operations::equal, "\"1\"", "false"),
        Arguments.of("null", (Op) Operations::equal, "null", "true"),
        Arguments.of("{\"a\":[1,2]}", (Op) Operations::equal, "{\"a\":[1,2.0]}", "true"),
        Arguments.of("[1]", (Op) Operations::notEqual, "[2]", "true"),
        Arguments.of("true", (Op) Operations::and, "false", "false"),
        Arguments.of("false", (Op) Operations::or, "\"true\"", "true"));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void computes(String a, Op op, String b, String expected) throws OperationException {
    assertThat(Json.encode(op.apply(v(a), v(b)))).isEqualTo(expected);
  }

  @Test
  void thirdIsSensibleAndLongNumbersStayIntact() throws OperationException {
    Value third = Operations.divide(Value.number(1), Value.number(3));
    assertThat(Json.encode(third)).startsWith("0.3333333333").hasSizeLessThan(60);
    String pi = "3.14159265358979323846264338327950288419716939937510582097494459";
    Value sum = Operations.add(Value.number(new BigDecimal(pi)), Value.number(1));
    assertThat(Json.encode(sum))
        .isEqualTo("4.14159265358979323846264338327950288419716939937510582097494459");
  }

  @Test
  void errorsNameTheOperand() {
    assertThatThrownBy(() -> Operations.divide(Value.number(1), Value.number(0)))
        .hasMessage("Can't divide by zero.");
    assertThatThrownBy(() -> Operations.modulo(Value.number(1), Value.number(0)))
        .hasMessage("Can't use modulo by zero.");
    assertThatThrownBy(() -> Operations.add(Value.number(1), Value.nullOf(Type.ANY)))
        .isInstanceOfSatisfying(OperationException.class, e -> assertThat(e.operand()).isEqualTo(1))
        .hasMessage("A number is required, but the value is null.");
    assertThatThrownBy(() -> Operations.lessThan(Value.string("a"), Value.string("b")))
        .hasMessage("A number is required.");
    assertThatThrownBy(() -> Operations.add(Value.number(2), Value.TRUE))
        .hasMessage("A number is required.");
  }

  @Test
  void unknownOperandsGiveUnknownResults() throws OperationException {
    Value u = Value.unknown(Type.ANY);
    assertThat(Operations.add(u, Value.number(1))).isEqualTo(Value.unknown(Type.NUMBER));
    assertThat(Operations.lessThan(u, Value.number(1))).isEqualTo(Value.unknown(Type.BOOL));
    assertThat(Operations.equal(u, Value.number(1))).isEqualTo(Value.unknown(Type.BOOL));
    assertThat(Operations.and(Value.unknown(Type.BOOL), Value.FALSE)).isEqualTo(Value.FALSE);
    assertThat(Operations.equal(Value.unknown(Type.STRING), Value.number(1)))
        .isEqualTo(Value.FALSE);
  }
}
