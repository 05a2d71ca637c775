package dev.burstgrid.lang.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnifyTest {
  static Stream<Arguments> cases() {
    Type objA = Type.ObjectOf.of(Map.of("a", Type.NUMBER));
    Type objAString = Type.ObjectOf.of(Map.of("a", Type.STRING));
    Type objB = Type.ObjectOf.of(Map.of("b", Type.STRING));
    Type tup1 = new Type.TupleOf(List.of(Type.NUMBER));
    Type tup2 = new Type.TupleOf(List.of(Type.NUMBER, Type.STRING));
    return Stream.of(
        Arguments.of(List.of(Type.NUMBER, Type.NUMBER), Type.NUMBER, Type.NUMBER),
        Arguments.of(List.of(Type.NUMBER, Type.STRING), Type.STRING, Type.STRING),
        Arguments.of(List.of(Type.NUMBER, Type.BOOL), null, null),
        Arguments.of(List.of(Type.NUMBER, Type.ANY), Type.ANY, Type.ANY),
        Arguments.of(List.of(objA, objAString), objAString, objAString),
        Arguments.of(List.of(objA, objB), new Type.MapOf(Type.STRING), new Type.MapOf(Type.STRING)),
        Arguments.of(
            List.of(tup1, tup2), new Type.ListOf(Type.STRING), new Type.ListOf(Type.STRING)),
        Arguments.of(
            List.of(new Type.ListOf(Type.STRING), new Type.TupleOf(List.of(Type.STRING))),
            new Type.ListOf(Type.STRING),
            new Type.ListOf(Type.STRING)),
        Arguments.of(List.of(objA, Type.ANY), objA, objA),
        Arguments.of(List.of(objA, tup1), null, null),
        Arguments.of(List.of(Type.ObjectOf.of(Map.of("a", Type.BOOL)), objA), null, null),
        Arguments.of(
            List.of(new Type.ListOf(Type.NUMBER), new Type.ListOf(Type.STRING)),
            new Type.ListOf(Type.STRING),
            new Type.ListOf(Type.STRING)),
        Arguments.of(
            List.of(new Type.SetOf(Type.STRING), new Type.ListOf(Type.STRING)),
            new Type.SetOf(Type.STRING),
            new Type.SetOf(Type.STRING)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void unifies(List<Type> types, Type safe, Type unsafe) {
    assertThat(Unify.unify(types)).isEqualTo(safe);
    assertThat(Unify.unifyUnsafe(types)).isEqualTo(unsafe);
  }
}
