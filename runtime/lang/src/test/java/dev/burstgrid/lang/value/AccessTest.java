package dev.burstgrid.lang.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessTest {
  static Value v(String json) {
    return ConvertTest.json(json);
  }

  static Stream<Arguments> indexes() {
    return Stream.of(
        Arguments.of("[\"a\", \"b\"]", "1", "\"b\""),
        Arguments.of("[\"a\", \"b\"]", "\"0\"", "\"a\""),
        Arguments.of("{\"true\": 1}", "true", "1"),
        Arguments.of("{\"5\": 1}", "5", "1"),
        Arguments.of(
            "[\"a\"]",
            "1",
            "ERROR: Invalid index: The given key does not identify an element in this collection"
                + " value: index 1 is out of range (it has 1 element)."),
        Arguments.of(
            "[]",
            "0",
            "ERROR: Invalid index: The given key does not identify an element in this collection"
                + " value: index 0 is out of range (it is empty)."),
        Arguments.of(
            "[\"a\"]",
            "-1",
            "ERROR: Invalid index: The given key does not identify an element in this collection"
                + " value: a negative number is not a valid index for a sequence."),
        Arguments.of(
            "[\"a\"]",
            "0.5",
            "ERROR: Invalid index: The given key does not identify an element in this collection"
                + " value: indexing a sequence requires a whole number, not 0.5."),
        Arguments.of(
            "[\"a\"]",
            "\"x\"",
            "ERROR: Invalid index: The given key does not identify an element in this collection"
                + " value: a number is required."),
        Arguments.of(
            "{\"a\": 1}",
            "\"b\"",
            "ERROR: Invalid index: The given key does not identify an element in this collection"
                + " value: there is no key \"b\"."),
        Arguments.of("\"s\"", "0", "ERROR: Invalid index: This value does not have any indices."),
        Arguments.of(
            "null",
            "0",
            "ERROR: Attempt to index null value: This value is null, so it does not have any"
                + " indices."),
        Arguments.of(
            "[1]", "null", "ERROR: Invalid index: Can't use a null value as an indexing key."));
  }

  @ParameterizedTest(name = "{0}[{1}]")
  @MethodSource("indexes")
  void indexes(String target, String key, String expected) {
    String got;
    try {
      got = Json.encode(Access.index(v(target), v(key)));
    } catch (AccessException e) {
      got = "ERROR: " + e.summary() + ": " + e.getMessage();
    }
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void attributesOfObjectsAndMaps() throws AccessException {
    assertThat(Access.getAttr(v("{\"a\": 1}"), "a")).isEqualTo(Value.number(1));
    Value map =
        new Value.MapValue(Type.STRING, new java.util.TreeMap<>(Map.of("k", Value.string("v"))));
    assertThat(Access.getAttr(map, "k")).isEqualTo(Value.string("v"));
    assertThatThrownBy(() -> Access.getAttr(v("{\"name\": 1}"), "nme"))
        .isInstanceOfSatisfying(
            AccessException.class,
            e -> {
              assertThat(e.summary()).isEqualTo("Unsupported attribute");
              assertThat(e.missing()).isEqualTo("nme");
              assertThat(e.available()).containsExactly("name");
            });
    assertThatThrownBy(() -> Access.getAttr(v("[1]"), "a")).hasMessageContaining("it is a tuple");
  }

  @Test
  void unknownTargetsAndKeysGiveUnknownsOfTheBestKnownType() throws AccessException {
    Type obj = Type.ObjectOf.of(Map.of("a", Type.STRING));
    assertThat(Access.getAttr(Value.unknown(obj), "a")).isEqualTo(Value.unknown(Type.STRING));
    assertThat(Access.getAttr(Value.unknown(Type.ANY), "a")).isEqualTo(Value.unknown(Type.ANY));
    Type list = new Type.ListOf(Type.NUMBER);
    assertThat(Access.index(Value.unknown(list), Value.number(3)))
        .isEqualTo(Value.unknown(Type.NUMBER));
    Type tuple = new Type.TupleOf(List.of(Type.STRING, Type.BOOL));
    assertThat(Access.index(Value.unknown(tuple), Value.number(1)))
        .isEqualTo(Value.unknown(Type.BOOL));
    assertThat(Access.index(v("[1, 2]"), Value.unknown(Type.NUMBER)))
        .isEqualTo(Value.unknown(Type.ANY));
    assertThatThrownBy(() -> Access.index(Value.unknown(tuple), Value.number(2)))
        .hasMessageContaining("out of range");
  }
}
