package dev.burstgrid.lang.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConvertTest {
  private static final Type STRINGS = new Type.ListOf(Type.STRING);
  private static final Type NUMBERS = new Type.ListOf(Type.NUMBER);

  static Value json(String text) {
    try {
      return Json.decode(text);
    } catch (Json.JsonException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Arguments> conversions() {
    return Stream.of(
        Arguments.of("\"5\"", Type.NUMBER, "5", Type.NUMBER),
        Arguments.of("\"-1.5e2\"", Type.NUMBER, "-150", Type.NUMBER),
        Arguments.of("5", Type.STRING, "\"5\"", Type.STRING),
        Arguments.of("1.50", Type.STRING, "\"1.5\"", Type.STRING),
        Arguments.of("true", Type.STRING, "\"true\"", Type.STRING),
        Arguments.of("\"false\"", Type.BOOL, "false", Type.BOOL),
        Arguments.of("[1, \"2\"]", NUMBERS, "[1,2]", NUMBERS),
        Arguments.of("[1, \"a\"]", new Type.ListOf(Type.ANY), "[\"1\",\"a\"]", STRINGS),
        Arguments.of(
            "[\"b\", \"a\", \"b\"]",
            new Type.SetOf(Type.STRING),
            "[\"a\",\"b\"]",
            new Type.SetOf(Type.STRING)),
        Arguments.of(
            "{\"a\": 1, \"b\": true}",
            new Type.MapOf(Type.STRING),
            "{\"a\":\"1\",\"b\":\"true\"}",
            new Type.MapOf(Type.STRING)),
        Arguments.of(
            "{\"a\": \"1\", \"extra\": 2}",
            new Type.ObjectOf(Map.of("a", Type.NUMBER, "b", Type.STRING), Set.of("b")),
            "{\"a\":1,\"b\":null}",
            Type.ObjectOf.of(Map.of("a", Type.NUMBER, "b", Type.STRING))),
        Arguments.of(
            "[1, 2]",
            new Type.TupleOf(java.util.List.of(Type.STRING, Type.NUMBER)),
            "[\"1\",2]",
            new Type.TupleOf(java.util.List.of(Type.STRING, Type.NUMBER))),
        Arguments.of("{\"x\": [1]}", Type.ANY, "{\"x\":[1]}", null),
        Arguments.of(
            "[3, 1, 3, 2]", new Type.SetOf(Type.NUMBER), "[1,2,3]", new Type.SetOf(Type.NUMBER)),
        Arguments.of(
            "[[1], [\"a\"]]",
            new Type.ListOf(new Type.ListOf(Type.STRING)),
            "[[\"1\"],[\"a\"]]",
            new Type.ListOf(new Type.ListOf(Type.STRING))),
        Arguments.of(
            "{\"a\": {\"b\": 1}}",
            new Type.MapOf(Type.ANY),
            "{\"a\":{\"b\":1}}",
            new Type.MapOf(Type.ObjectOf.of(Map.of("b", Type.NUMBER)))),
        Arguments.of("[]", new Type.ListOf(Type.ANY), "[]", new Type.ListOf(Type.ANY)),
        Arguments.of("null", new Type.ListOf(Type.STRING), "null", new Type.ListOf(Type.STRING)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("conversions")
  void converts(String input, Type want, String expectedJson, Type expectedType)
      throws ConversionException {
    Value out = Convert.to(json(input), want);
    assertThat(Json.encode(out)).isEqualTo(expectedJson);
    if (expectedType != null) {
      assertThat(out.type()).isEqualTo(expectedType);
    }
  }

  static Stream<Arguments> failures() {
    Type headers = Type.ObjectOf.of(Map.of("headers", new Type.MapOf(Type.NUMBER)));
    return Stream.of(
        Arguments.of("\"five\"", Type.NUMBER, "a number is required"),
        Arguments.of("\"yes\"", Type.BOOL, "a bool is required"),
        Arguments.of("1", Type.BOOL, "bool required"),
        Arguments.of("[\"a\"]", Type.STRING, "string required"),
        Arguments.of(
            "{\"headers\": {\"x\": \"y\"}}", headers, ".headers[\"x\"]: a number is required"),
        Arguments.of("[\"a\", \"b\", [1]]", STRINGS, "element 2: string required"),
        Arguments.of(
            "[{\"a\": [1, {}]}]",
            new Type.ListOf(Type.ObjectOf.of(Map.of("a", NUMBERS))),
            "element 0.a[1]: number required"),
        Arguments.of(
            "{}", Type.ObjectOf.of(Map.of("name", Type.STRING)), "attribute \"name\" is required"),
        Arguments.of(
            "[1]",
            new Type.TupleOf(java.util.List.of(Type.NUMBER, Type.NUMBER)),
            "a tuple of 2 elements is required"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("failures")
  void rejects(String input, Type want, String message) {
    assertThatThrownBy(() -> Convert.to(json(input), want))
        .isInstanceOf(ConversionException.class)
        .hasMessage(message);
  }

  @org.junit.jupiter.api.Test
  void exposesThePathSeparately() {
    Type t = Type.ObjectOf.of(Map.of("headers", new Type.MapOf(Type.NUMBER)));
    try {
      Convert.to(json("{\"headers\": {\"x\": \"y\"}}"), t);
      throw new AssertionError("expected failure");
    } catch (ConversionException e) {
      assertThat(e.path())
          .containsExactly(new PathStep.Attribute("headers"), new PathStep.Key("x"));
      assertThat(e.reason()).isEqualTo("a number is required");
    }
  }

  @org.junit.jupiter.api.Test
  void listsConvertToTuplesAndSetsToLists() throws ConversionException {
    Value list = Convert.to(json("[\"a\", \"b\"]"), new Type.ListOf(Type.STRING));
    Type pair = new Type.TupleOf(java.util.List.of(Type.STRING, Type.STRING));
    assertThat(Convert.to(list, pair).type()).isEqualTo(pair);
    Value set = Convert.to(json("[\"b\", \"a\"]"), new Type.SetOf(Type.STRING));
    assertThat(Json.encode(Convert.to(set, new Type.ListOf(Type.STRING))))
        .isEqualTo("[\"a\",\"b\"]");
    Type obj = Type.ObjectOf.of(Map.of("a", Type.NUMBER));
    Value map = Convert.to(json("{\"a\": \"1\"}"), new Type.MapOf(Type.STRING));
    assertThat(Convert.to(map, obj)).isEqualTo(Value.ObjectValue.of(Map.of("a", Value.number(1))));
  }

  @org.junit.jupiter.api.Test
  void unknownsInsideStructuresConvertToo() throws ConversionException {
    Value tuple =
        new Value.TupleValue(java.util.List.of(Value.unknown(Type.ANY), Value.string("5")));
    Value out = Convert.to(tuple, NUMBERS);
    assertThat(out)
        .isEqualTo(
            new Value.ListValue(
                Type.NUMBER, java.util.List.of(Value.unknown(Type.NUMBER), Value.number(5))));
    Type withOptional = new Type.ObjectOf(Map.of("a", Type.STRING, "b", Type.NUMBER), Set.of("b"));
    assertThat(Convert.to(Value.unknown(Type.ObjectOf.of(Map.of("a", Type.STRING))), withOptional))
        .isEqualTo(Value.unknown(Type.ObjectOf.of(Map.of("a", Type.STRING, "b", Type.NUMBER))));
  }

  @org.junit.jupiter.api.Test
  void unknownAndNullTakeTheTargetType() throws ConversionException {
    assertThat(Convert.to(Value.unknown(Type.ANY), NUMBERS)).isEqualTo(Value.unknown(NUMBERS));
    assertThat(Convert.to(Value.unknown(Type.STRING), Type.NUMBER))
        .isEqualTo(Value.unknown(Type.NUMBER));
    assertThat(Convert.to(Value.nullOf(Type.ANY), STRINGS)).isEqualTo(Value.nullOf(STRINGS));
    assertThatThrownBy(() -> Convert.to(Value.unknown(Type.BOOL), Type.NUMBER))
        .hasMessage("number required");
  }
}
