package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.b;
import static dev.burstgrid.lang.function.FunctionCase.err;
import static dev.burstgrid.lang.function.FunctionCase.list;
import static dev.burstgrid.lang.function.FunctionCase.map;
import static dev.burstgrid.lang.function.FunctionCase.n;
import static dev.burstgrid.lang.function.FunctionCase.nul;
import static dev.burstgrid.lang.function.FunctionCase.obj;
import static dev.burstgrid.lang.function.FunctionCase.ok;
import static dev.burstgrid.lang.function.FunctionCase.s;
import static dev.burstgrid.lang.function.FunctionCase.set;
import static dev.burstgrid.lang.function.FunctionCase.tup;

import dev.burstgrid.lang.value.Type;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CollectionFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("true", "alltrue", tup(s("true"), b(true))),
        ok("false", "alltrue", tup(b(true), b(false))),
        ok("true", "alltrue", tup()),
        ok("true", "anytrue", tup(s("true"))),
        ok("true", "anytrue", tup(b(true), b(false))),
        ok("false", "anytrue", tup()),
        ok(
            "[[\"a\",\"b\"],[\"c\",\"d\"],[\"e\"]]",
            "chunklist",
            tup(s("a"), s("b"), s("c"), s("d"), s("e")),
            n(2)),
        ok("[[\"a\"],[\"b\"]]", "chunklist", tup(s("a"), s("b")), n(1)),
        ok("[]", "chunklist", tup(), n(3)),
        err("the size argument must be positive", "chunklist", tup(s("a")), n(-1)),
        ok("\"a\"", "coalesce", s("a"), s("b")),
        ok("\"b\"", "coalesce", s(""), s("b")),
        ok("1", "coalesce", n(1), n(2)),
        ok("\"1\"", "coalesce", n(1), s("hello")),
        ok("\"true\"", "coalesce", b(true), s("hello")),
        ok("\"b\"", "coalesce", nul(Type.STRING), s("b")),
        err("all arguments must have the same type", "coalesce", obj(), s("hello")),
        err("no non-null, non-empty-string arguments", "coalesce", s(""), nul(Type.STRING)),
        ok("[\"a\",\"b\"]", "coalescelist", tup(s("a"), s("b")), tup(s("c"), s("d"))),
        ok("[\"c\",\"d\"]", "coalescelist", tup(), tup(s("c"), s("d"))),
        err("coalescelist arguments must be lists or tuples", "coalescelist", s("a")),
        ok(
            "[\"a\",\"b\",\"c\"]",
            "compact",
            tup(s("a"), s(""), s("b"), nul(Type.STRING), s("c"))),
        ok("[\"a\",\"\",\"b\",\"c\"]", "concat", tup(s("a"), s("")), tup(s("b"), s("c"))),
        ok("[\"a\",\"1\"]", "concat", list(s("a")), list(n(1))),
        err("all arguments must be lists or tuples", "concat", s("a")),
        ok("true", "contains", tup(s("a"), s("b"), s("c")), s("a")),
        ok("false", "contains", tup(s("a"), s("b"), s("c")), s("d")),
        ok("false", "contains", tup(n(1)), s("1")),
        ok("true", "contains", set(n(1), n(2)), n(2)),
        err("argument must be list, tuple, or set", "contains", s("a"), s("a")),
        ok(
            "[\"a\",\"b\",\"c\",\"d\"]",
            "distinct",
            tup(s("a"), s("b"), s("a"), s("c"), s("d"), s("b"))),
        ok("\"b\"", "element", tup(s("a"), s("b"), s("c")), n(1)),
        ok("\"a\"", "element", tup(s("a"), s("b"), s("c")), n(3)),
        ok("\"c\"", "element", list(s("a"), s("b"), s("c")), n(2)),
        err("cannot use element function with an empty list", "element", tup(), n(0)),
        err("cannot use element function with a negative index", "element", tup(s("a")), n(-1)),
        ok("[\"a\",\"b\",\"c\"]", "flatten", tup(tup(s("a"), s("b")), tup(), tup(s("c")))),
        ok(
            "[\"a\",\"b\",\"c\"]",
            "flatten",
            tup(tup(tup(s("a"), s("b")), tup()), tup(s("c")))),
        ok("[1,2,\"x\"]", "flatten", tup(set(n(2), n(1)), s("x"))),
        ok("1", "index", tup(s("a"), s("b"), s("c")), s("b")),
        err("item not found", "index", tup(s("a")), s("z")),
        ok("[\"a\",\"c\",\"d\"]", "keys", obj("a", n(1), "c", n(2), "d", n(3))),
        ok("[\"x\"]", "keys", map("x", n(1))),
        err("must have map or object type", "keys", tup()),
        ok("0", "length", tup()),
        ok("2", "length", tup(s("a"), s("b"))),
        ok("1", "length", obj("a", s("b"))),
        ok("5", "length", s("hello")),
        ok("2", "length", s("👾🕹️")),
        ok("1", "length", s("e\u0301")),
        ok("1", "length", s("👩‍👩‍👧")),
        ok("2", "length", s("🇫🇷🇩🇪")),
        ok("2", "length", s("\r\n\n")),
        err("argument must be a string, a collection type, or a structural type", "length", n(5)),
        ok("\"ay\"", "lookup", obj("a", s("ay"), "b", s("bee")), s("a"), s("what?")),
        ok("\"what?\"", "lookup", obj("a", s("ay"), "b", s("bee")), s("c"), s("what?")),
        ok("\"bee\"", "lookup", map("a", s("ay"), "b", s("bee")), s("b"), s("x")),
        ok("\"1\"", "lookup", map("a", s("ay")), s("c"), n(1)),
        err("Missing value for \"default\"", "lookup", map("a", s("ay")), s("c")),
        err("argument must not be null", "lookup", map("a", s("ay")), s("c"), nul(Type.STRING)),
        ok(
            "[\"i-abc\",\"i-def\"]",
            "matchkeys",
            tup(s("i-123"), s("i-abc"), s("i-def")),
            tup(s("us-west"), s("us-east"), s("us-east")),
            tup(s("us-east"))),
        ok("[\"x\"]", "matchkeys", tup(s("x"), s("y")), tup(n(1), n(2)), tup(s("1"))),
        err(
            "length of keys and values should be equal",
            "matchkeys",
            tup(s("a")),
            tup(),
            tup()),
        ok(
            "{\"a\":\"b\",\"c\":\"z\",\"e\":\"f\"}",
            "merge",
            obj("a", s("b"), "c", s("d")),
            obj("e", s("f"), "c", s("z"))),
        ok(
            "{\"a\":[1,2],\"c\":\"z\",\"d\":3}",
            "merge",
            obj("a", s("b")),
            obj("a", tup(n(1), n(2)), "c", s("z")),
            obj("d", n(3))),
        ok("{\"a\":1}", "merge", nul(Type.ObjectOf.EMPTY), map("a", n(1))),
        ok("{}", "merge"),
        err("arguments must be maps or objects", "merge", tup()),
        ok("null", "one", tup()),
        ok("\"hello\"", "one", tup(s("hello"))),
        ok("\"hello\"", "one", set(s("hello"))),
        ok("null", "one", list()),
        err(
            "must be a list, set, or tuple value with either zero or one elements",
            "one",
            tup(s("hello"), s("goodbye"))),
        ok("[0,1,2]", "range", n(3)),
        ok("[1,2,3]", "range", n(1), n(4)),
        ok("[1,3,5,7]", "range", n(1), n(8), n(2)),
        ok("[1,1.5,2,2.5,3,3.5]", "range", n(1), n(4), n("0.5")),
        ok("[4,3,2]", "range", n(4), n(1)),
        ok("[10,8,6]", "range", n(10), n(5), n(-2)),
        ok("[]", "range", n(0)),
        ok("[0,-1,-2]", "range", n(-3)),
        err("step must not be zero", "range", n(1), n(4), n(0)),
        err("the limit must be greater than or equal to the start", "range", n(4), n(1), n(1)),
        err("more than 1024 values were generated", "range", n(2000)),
        err("must have one, two, or three arguments", "range"),
        ok("[3,2,1]", "reverse", tup(n(1), n(2), n(3))),
        ok("[\"b\",\"a\"]", "reverse", list(s("a"), s("b"))),
        ok("[\"b\",\"c\"]", "slice", tup(s("a"), s("b"), s("c"), s("d")), n(1), n(3)),
        ok("[]", "slice", list(s("a")), n(1), n(1)),
        err(
            "end index must not be greater than the length of the list",
            "slice",
            tup(s("a")),
            n(0),
            n(2)),
        err("start index must not be greater than end index", "slice", tup(s("a")), n(1), n(0)),
        ok("[\"a\",\"d\",\"e\",\"x\"]", "sort", tup(s("e"), s("d"), s("a"), s("x"))),
        ok("[\"1\",\"10\",\"9\"]", "sort", tup(n(9), n(10), n(1))),
        err("a null string cannot be sorted", "sort", tup(s("a"), nul(Type.STRING))),
        ok("33.5", "sum", tup(n(10), n(13), n(6), n("4.5"))),
        ok("0.3", "sum", tup(n("0.1"), n("0.2"))),
        ok("3", "sum", set(n(1), n(2))),
        err("cannot sum an empty list", "sum", tup()),
        err("argument must be list, set, or tuple of number values", "sum", tup(s("a"))),
        ok(
            "{\"1\":[\"a\"],\"2\":[\"a\",\"b\"],\"3\":[\"b\"]}",
            "transpose",
            obj("a", tup(s("1"), s("2")), "b", tup(s("2"), s("3")))),
        ok("[3,2,1]", "values", obj("a", n(3), "c", n(2), "d", n(1))),
        ok("[\"x\"]", "values", map("k", s("x"))),
        ok("{\"a\":1,\"b\":2}", "zipmap", tup(s("a"), s("b")), tup(n(1), n(2))),
        ok("{\"a\":1,\"b\":2}", "zipmap", tup(s("a"), s("b")), list(n(1), n(2))),
        err(
            "number of keys (1) does not match number of values (2)",
            "zipmap",
            tup(s("a")),
            tup(n(1), n(2))),
        ok("[\"b\"]", "setintersection", tup(s("a"), s("b")), tup(s("b"), s("c")), tup(s("b"), s("d"))),
        ok(
            "[[\"development\",\"app1\"],[\"development\",\"app2\"],[\"staging\",\"app1\"],"
                + "[\"staging\",\"app2\"]]",
            "setproduct",
            tup(s("development"), s("staging")),
            tup(s("app1"), s("app2"))),
        ok("[[\"a\",1],[\"b\",1]]", "setproduct", set(s("b"), s("a")), set(n(1))),
        ok("[]", "setproduct", tup(s("a")), tup()),
        err("at least two arguments are required", "setproduct", tup(s("a"))),
        ok("[\"b\"]", "setsubtract", tup(s("a"), s("b"), s("c")), tup(s("a"), s("c"))),
        ok("[\"a\",\"b\",\"c\",\"d\"]", "setunion", tup(s("b"), s("a")), tup(s("b"), s("c")), tup(s("d"))),
        ok("[\"1\",\"a\"]", "setunion", tup(s("a")), tup(n(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }
}
