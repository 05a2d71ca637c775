package dev.burstgrid.lang.function;

import static dev.burstgrid.lang.function.FunctionCase.err;
import static dev.burstgrid.lang.function.FunctionCase.ok;
import static dev.burstgrid.lang.function.FunctionCase.s;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HashFunctionsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("\"5eb63bbbe01eeed093cb22bb8f5acdc3\"", "md5", s("hello world")),
        ok("\"2aae6c35c94fcfb415dbe95f408b9ce91ee846ed\"", "sha1", s("hello world")),
        ok(
            "\"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9\"",
            "sha256",
            s("hello world")),
        ok(
            "\"309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f"
                + "989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f\"",
            "sha512",
            s("hello world")),
        ok("\"uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=\"", "base64sha256", s("hello world")),
        ok(
            "\"MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==\"",
            "base64sha512",
            s("hello world")),
        ok("\"a5008fae-b28c-5ba5-96cd-82b4c53552d6\"", "uuidv5", s("dns"), s("www.terraform.io")),
        ok(
            "\"9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5\"",
            "uuidv5",
            s("url"),
            s("https://www.terraform.io/")),
        ok(
            "\"a5008fae-b28c-5ba5-96cd-82b4c53552d6\"",
            "uuidv5",
            s("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
            s("www.terraform.io")),
        err("doesn't support namespace", "uuidv5", s("nope"), s("x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void call(String name, FunctionCase c) throws Exception {
    c.check();
  }
}
