package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.err;
import static dev.burstgrid.lang.function.FunctionCase.n;
import static dev.burstgrid.lang.function.FunctionCase.ok;
import static dev.burstgrid.lang.function.FunctionCase.s;
import static dev.burstgrid.lang.function.FunctionCase.tup;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StringFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("\"hello\"", "chomp", s("hello\n")),
        ok("\"hello\"", "chomp", s("hello\r\n")),
        ok("\"hello\"", "chomp", s("hello\n\n")),
        ok("\"hel\\nlo\"", "chomp", s("hel\nlo")),
        ok("true", "endswith", s("hello world"), s("world")),
        ok("false", "endswith", s("hello world"), s("hello")),
        ok("true", "startswith", s("hello world"), s("hello")),
        ok("false", "startswith", s("hello world"), s("world")),
        ok("true", "strcontains", s("hello world"), s("wor")),
        ok("false", "strcontains", s("hello world"), s("wod")),
        ok("\"[\\n    foo,\\n    bar,\\n  ]\\n  \"", "indent", n(2), s("[\n  foo,\n  bar,\n]\n")),
        ok("\"foo, bar, baz\"", "join", s(", "), tup(s("foo"), s("bar"), s("baz"))),
        ok("\"foo\"", "join", s(", "), tup(s("foo"))),
        ok("\"a-b-c\"", "join", s("-"), tup(s("a")), tup(s("b"), s("c"))),
        ok("\"1,2\"", "join", s(","), tup(n(1), n(2))),
        err("at least one list is required", "join", s(",")),
        ok("\"hello\"", "lower", s("HELLO")),
        ok("\"алло!\"", "lower", s("АЛЛО!")),
        ok("\"HELLO\"", "upper", s("hello")),
        ok("\"АЛЛО!\"", "upper", s("алло!")),
        ok("\"Hello World\"", "title", s("hello world")),
        ok("\"Don'T Stop-Me\"", "title", s("don't stop-me")),
        ok("\"aaabbbccc\"", "regex", s("[a-z]+"), s("53453453.345345aaabbbccc23454")),
        ok(
            "[\"2019\",\"02\",\"01\"]",
            "regex",
            s("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)"),
            s("2019-02-01")),
        ok(
            "{\"authority\":\"terraform.io\",\"scheme\":\"https\"}",
            "regex",
            s("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?"),
            s("https://terraform.io/docs/")),
        ok("{\"first_name\":\"ab\"}", "regex", s("(?P<first_name>[a-z]+)"), s("12ab")),
        ok("[\"a\",null]", "regex", s("(a)|(b)"), s("a")),
        ok("\"x1\"", "regex", s("[[:alpha:]][[:digit:]]"), s("--x1--")),
        err("pattern did not match any part of the given string",
            "regex", s("[a-z]+"), s("53453453.34534523454")),
        err("cannot mix both named and unnamed capture groups",
            "regex", s("(?P<a>x)(y)"), s("xy")),
        err("invalid regexp pattern", "regex", s("(unclosed"), s("x")),
        ok("[\"abcd\",\"efgh\"]", "regexall", s("[a-z]+"), s("1234abcd5678efgh9")),
        ok("[]", "regexall", s("[a-z]+"), s("123456789")),
        ok("[[\"a\",\"1\"],[\"b\",\"2\"]]", "regexall", s("([a-z])(\\d)"), s("a1 b2")),
        ok("\"1 - 2 - 3\"", "replace", s("1 + 2 + 3"), s("+"), s("-")),
        ok("\"hello everybody\"", "replace", s("hello world"), s("/w.*d/"), s("everybody")),
        ok("\"b-a\"", "replace", s("a-b"), s("/(a)-(b)/"), s("$2-$1")),
        ok("\"b-a\"", "replace", s("a-b"), s("/(?P<x>a)-(?P<y>b)/"), s("${y}-${x}")),
        ok("\"$5\"", "replace", s("5"), s("/(\\d)/"), s("$$$1")),
        ok("\"/\"", "replace", s("/"), s("/"), s("/")),
        ok("[\"foo\",\"bar\",\"baz\"]", "split", s(","), s("foo,bar,baz")),
        ok("[\"foo\"]", "split", s(","), s("foo")),
        ok("[\"\"]", "split", s(","), s("")),
        ok("[\"a\",\"\",\"b\"]", "split", s(","), s("a,,b")),
        ok("\"olleh\"", "strrev", s("hello")),
        ok("\"☃ a\"", "strrev", s("a ☃")),
        ok("\"ello\"", "substr", s("hello world"), n(1), n(4)),
        ok("\"🤔\"", "substr", s("🤔🤷"), n(0), n(1)),
        ok("\"world\"", "substr", s("hello world"), n(-5), n(-1)),
        ok("\"world\"", "substr", s("hello world"), n(6), n(10)),
        ok("\"\"", "substr", s("hello"), n(10), n(1)),
        ok("\"hello\"", "substr", s("hello"), n(-10), n(-1)),
        ok("\"hello\"", "trim", s("?!hello?!"), s("!?")),
        ok("\"oob\"", "trim", s("foobar"), s("far")),
        ok("\"hello! world.\"", "trim", s("   hello! world.!  "), s("! ")),
        ok("\"world\"", "trimprefix", s("helloworld"), s("hello")),
        ok("\"helloworld\"", "trimprefix", s("helloworld"), s("cat")),
        ok("\"hello\"", "trimsuffix", s("helloworld"), s("world")),
        ok("\"helloworld\"", "trimsuffix", s("helloworld"), s("cat")),
        ok("\"hello\"", "trimspace", s("  hello\n\n")),
        ok("\"a b\"", "trimspace", s("\u00a0\ta b\u2003")),
        err("Invalid value for \"str\" parameter: string required.", "upper", tup()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }
}
