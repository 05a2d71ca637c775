package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.b;
import static dev.burstgrid.lang.function.FunctionCase.err;
import static dev.burstgrid.lang.function.FunctionCase.n;
import static dev.burstgrid.lang.function.FunctionCase.nul;
import static dev.burstgrid.lang.function.FunctionCase.obj;
import static dev.burstgrid.lang.function.FunctionCase.ok;
import static dev.burstgrid.lang.function.FunctionCase.s;
import static dev.burstgrid.lang.function.FunctionCase.set;
import static dev.burstgrid.lang.function.FunctionCase.tup;
import static org.assertj.core.api.Assertions.assertThat;

import dev.burstgrid.lang.value.Type;
import dev.burstgrid.lang.value.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EncodingFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("\"Hello World\"", "base64decode", s("SGVsbG8gV29ybGQ=")),
        err("failed to decode base64 data", "base64decode", s("SGVsbG8gV29ybGQ")),
        err("not valid UTF-8", "base64decode", s("/w==")),
        ok("\"SGVsbG8gV29ybGQ=\"", "base64encode", s("Hello World")),
        ok(
            "[{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"},{\"a\":\"4\",\"b\":\"5\",\"c\":\"6\"}]",
            "csvdecode",
            s("a,b,c\n1,2,3\n4,5,6")),
        ok("[{\"a\":\"x,y\",\"b\":\"say \\\"hi\\\"\"}]", "csvdecode", s("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n")),
        ok("[]", "csvdecode", s("a,b\n")),
        err("wrong number of fields", "csvdecode", s("a,b\n1\n")),
        err("missing header line", "csvdecode", s("")),
        ok("{\"hello\":\"world\"}", "jsondecode", s("{\"hello\": \"world\"}")),
        ok("true", "jsondecode", s("true")),
        err("Invalid value for \"str\" parameter", "jsondecode", s("{")),
        ok("\"{\\\"hello\\\":\\\"world\\\"}\"", "jsonencode", obj("hello", s("world"))),
        ok("\"\\\"\\\\u003cb\\\\u003e\\\"\"", "jsonencode", s("<b>")),
        ok("\"null\"", "jsonencode", nul(Type.STRING)),
        ok("\"[1,2]\"", "jsonencode", set(n(2), n(1))),
        ok("\"[1.5,true]\"", "jsonencode", tup(n("1.50"), b(true))),
        ok(
            "\"Hello World\"",
            "textdecodebase64",
            s("SABlAGwAbABvACAAVwBvAHIAbABkAA=="),
            s("UTF-16LE")),
        ok(
            "\"SABlAGwAbABvACAAVwBvAHIAbABkAA==\"",
            "textencodebase64",
            s("Hello World"),
            s("UTF-16LE")),
        err("is not a supported IANA encoding name", "textencodebase64", s("x"), s("no-such")),
        ok("\"Hello+World%21\"", "urlencode", s("Hello World!")),
        ok("\"%E2%98%83\"", "urlencode", s("☃")),
        ok("\"foo%3Dbar%26bar%3Dbaz\"", "urlencode", s("foo=bar&bar=baz")),
        ok("\"a-_.~\"", "urlencode", s("a-_.~")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }

  @Test
  void base64gzipRoundTrips() throws Exception {
    Value v = FunctionCase.call("base64gzip", s("hello gzip"));
    byte[] gz = Base64.getDecoder().decode(((Value.Str) v).value());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello gzip");
    }
  }
}
